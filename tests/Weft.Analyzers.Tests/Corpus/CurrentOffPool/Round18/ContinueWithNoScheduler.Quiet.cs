// Quiet twin of ContinueWithNoScheduler: a plain await resumes on the worker (the page's fix).
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

public static class ContinueWithNoScheduler
{
    public static async Task<int> Run(Task work)
    {
        await work;
        return Limits.Current.MaxBatch;
    }
}
