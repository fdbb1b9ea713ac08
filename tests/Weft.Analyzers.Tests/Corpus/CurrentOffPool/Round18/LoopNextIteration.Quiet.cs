// Quiet twin of LoopNextIteration: the configured await is dropped (plain await resumes on the worker).
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
            total += Limits.Current.MaxBatch;
            await Task.Yield();
            await Task.Delay(1);
        }
        return total;
    }
}
