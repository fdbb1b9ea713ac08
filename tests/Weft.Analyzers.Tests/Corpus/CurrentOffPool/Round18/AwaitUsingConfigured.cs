// WEFT0005: `await using` over `.ConfigureAwait(false)`: its DisposeAsync at the end of the block may resume off the
// loop, so the read after the block is reported.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public sealed class Lease : IAsyncDisposable
{
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public static class AwaitUsingConfigured
{
    public static async Task<int> RunAsync()
    {
        var lease = new Lease();
        await using (lease.ConfigureAwait(false))
        {
        }
        return Limits.Current.MaxBatch; // expect: WEFT0005
    }
}
