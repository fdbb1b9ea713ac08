// WEFT0005: `ConfigureAwait(false)` at the bottom of a loop body: on every later iteration the read at the top runs
// after it, off the loop.
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

public static class LoopNextIteration
{
    public static async Task<int> RunAsync(int rounds)
    {
        int total = 0;
        for (int i = 0; i < rounds; i++)
        {
            total += Limits.Current.MaxBatch; // expect: WEFT0005
            await Task.Yield();
            await Task.Delay(1).ConfigureAwait(false);
        }
        return total;
    }
}
