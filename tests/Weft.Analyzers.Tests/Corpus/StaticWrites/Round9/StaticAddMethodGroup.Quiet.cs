// WEFT0006: "a static collection's mutator handed as a method group to a call that runs it in place
// (best.ForEach(s_scores.Add))", here from a [WorkerUpdate] method: every worker adds to the one static list.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.StaticWrites.R9.StaticAddMethodGroup;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SlowLog
{
    private static readonly ConcurrentBag<string> s_slowest = new();
    private readonly Dictionary<string, double> _latency = new();

    public static int Count => s_slowest.Count;

    [WorkerUpdate]
    private void Harvest(int top)
    {
        List<string> worst = _latency.OrderByDescending(p => p.Value).Take(top).Select(p => p.Key).ToList();
        worst.ForEach(s_slowest.Add);
    }
}
