// WEFT0004 across files: a user API in this file marks its delegate [RunsOnAnotherThread]; Compaction.cs hands it a
// lambda over a worker's list.
using System;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R9.UserApiRunsElsewhere;

public static class Background
{
    public static void Later([RunsOnAnotherThread] Action work) => ThreadPool.QueueUserWorkItem(_ => work());
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Segments
{
    public System.Collections.Generic.List<long> Offsets { get; } = new();
}
