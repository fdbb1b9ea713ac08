// Quiet twin of AwaitUsingConfigured: a plain `await using` resumes on the loop.
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
        await using (lease)
        {
        }
        return Limits.Current.MaxBatch;
    }
}
