// WEFT0007: a small sealed class broadcast to a [WorkerUpdate]. Its property has `set` (one token apart): any worker or the caller may change the one shared instance.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.InitOrSetLimitsClass;

public sealed class Limits
{
    public int Max { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Quota
{
    public int Max;

    [WorkerUpdate]
    void Apply(Limits limits) => Max = limits.Max;
}

public static class Tuning
{
    public static Task PushAsync(WorkerPool pool) =>
        Quota.ApplyOnAllWorkersAsync(pool, new Limits { Max = 5 }); // expect: WEFT0007
}
