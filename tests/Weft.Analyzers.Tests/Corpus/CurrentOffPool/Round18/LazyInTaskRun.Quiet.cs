// Quiet twin of LazyInTaskRun: the value is forced on the loop, the pool gets the int.
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

public static class LazyInTaskRun
{
    public static Task<int> Run()
    {
        var batch = new Lazy<int>(() => Limits.Current.MaxBatch);
        int value = batch.Value;
        return Task.Run(() => value);
    }
}
