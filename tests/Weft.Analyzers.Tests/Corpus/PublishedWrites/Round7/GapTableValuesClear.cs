// Trading feed handler on main: the per-symbol gap lists are published to the recovery workers, then main starts the
// next epoch by clearing each list through the dictionary's Values — lists the workers are reading (and the next
// epoch's Gap calls write the published dictionary too). Twin: a deep copy is published.
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.GapTableValuesClear;

public sealed class GapPublisher
{
    private readonly Slot<Dictionary<string, List<long>>> _slot;
    private Dictionary<string, List<long>> _gaps = new();

    public GapPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<Dictionary<string, List<long>>>();

    public void Gap(string symbol, long sequence)
    {
        if (!_gaps.TryGetValue(symbol, out var list)) _gaps[symbol] = list = new List<long>(); // expect: WEFT0002
        list.Add(sequence); // expect: WEFT0002
    }

    public void EndEpoch()
    {
        _slot.Publish(_gaps);
        foreach (List<long> list in _gaps.Values)
        {
            list.Clear(); // expect: WEFT0002
        }
    }
}

public static class GapMath
{
    public static IEnumerable<(long From, long To)> Ranges(IReadOnlyList<long> sorted)
    {
        if (sorted.Count == 0) yield break;
        long from = sorted[0], to = sorted[0];
        for (int i = 1; i < sorted.Count; i++)
        {
            if (sorted[i] == to + 1) { to = sorted[i]; continue; }
            yield return (from, to);
            from = to = sorted[i];
        }

        yield return (from, to);
    }
}
