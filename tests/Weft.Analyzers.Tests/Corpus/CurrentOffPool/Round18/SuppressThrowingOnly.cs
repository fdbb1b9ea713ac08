// WEFT0005: `ConfigureAwaitOptions.SuppressThrowing` alone (constant, named through a local const) leaves the loop.
// Reading taken: a `const` local is a constant like the literal member access.
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
        const ConfigureAwaitOptions opts = ConfigureAwaitOptions.SuppressThrowing;
        await work.ConfigureAwait(opts);
        var limits = Limits.Current; // expect: WEFT0005
        return limits.MaxBatch;
    }
}
