// A positional record carrying the steps: an ImmutableArray<string> member.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Broadcast.Round10.PositionalRecordWithListQuiet;

public sealed record Plan(string Name, ImmutableArray<string> Steps);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Executor
{
    private Plan? _plan;

    [WorkerUpdate]
    private void Load(Plan plan) => _plan = plan;
}

public static class Planning
{
    public static Task Run(WorkerPool pool, string[] steps) =>
        Executor.LoadOnAllWorkersAsync(pool, new Plan("deploy", steps.ToImmutableArray()));
}
