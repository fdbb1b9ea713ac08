// Quiet twin of SuppressThrowingOnly: SuppressThrowing combined with ContinueOnCapturedContext stays on the loop.
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

public static class SuppressThrowingOnly
{
    public static async Task<int> RunAsync(Task work)
    {
        const ConfigureAwaitOptions opts = ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext;
        await work.ConfigureAwait(opts);
        var limits = Limits.Current;
        return limits.MaxBatch;
    }
}
