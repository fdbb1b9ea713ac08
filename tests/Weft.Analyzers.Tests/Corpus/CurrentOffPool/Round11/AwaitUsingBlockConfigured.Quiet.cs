// Quiet twin: the Current read is inside the block, before DisposeAsync runs.
using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AwaitUsingBlockConfiguredQuiet;

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
        int count;
        await using (lease.ConfigureAwait(false))
        {
            count = Catalog.Current.Items.Length;
        }

        return count;
    }
}
