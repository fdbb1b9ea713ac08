// WEFT0007: a sealed positional record broadcast to a [WorkerUpdate]. Its hosts are a string[] (one token apart in the declaration): the array is shared by every worker.
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

namespace Corpus7b.RecordWithImmutableOrArray;

public sealed record Plan(string Name, string[] Hosts);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Planner
{
    public string Active = "";

    [WorkerUpdate]
    void Use(Plan plan) => Active = plan.Name + ":" + string.Join(",", plan.Hosts);
}

public static class Plans
{
    public static Task SwitchAsync(WorkerPool pool) =>
        Planner.UseOnAllWorkersAsync(pool, new Plan("blue", ["a", "b"])); // expect: WEFT0007
}
