// Quiet twin of ArrayForEachMethodGroup: the static is a ConcurrentQueue, whose Enqueue is thread-safe.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.ArrayForEachMethodGroup;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Leaderboard
{
    private static readonly ConcurrentQueue<string> s_winners = new();
    private readonly List<string> _local = new();

    [WorkerUpdate]
    public void Close(string[] winners)
    {
        _local.AddRange(winners);
        Array.ForEach(winners, s_winners.Enqueue);
    }
}
