// `await using` block over a resource configured with ConfigureAwait(false): its DisposeAsync at the end of the block
// resumes off the loop, so the Current read after the block is off the loop.
using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AwaitUsingBlockConfigured;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public ImmutableArray<string> Items { get; init; }
}

public sealed class Lease : IAsyncDisposable
{
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public static class Reader
{
    public static async Task<int> ReadAsync()
    {
        var lease = new Lease();
        await using (lease.ConfigureAwait(false))
        {
        }

        return Catalog.Current.Items.Length; // expect: WEFT0005
    }
}
