// Quiet twin of GapTableValuesClear: each epoch publishes the dictionary and starts a new one.
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
        if (!_gaps.TryGetValue(symbol, out var list)) _gaps[symbol] = list = new List<long>();
        list.Add(sequence);
    }

    private static Dictionary<string, List<long>> Copy(Dictionary<string, List<long>> gaps)
    {
        var copy = new Dictionary<string, List<long>>(gaps.Count);
        foreach (var (symbol, list) in gaps) copy[symbol] = new List<long>(list);
        return copy;
    }

    public void EndEpoch()
    {
        _slot.Publish(Copy(_gaps));
        foreach (List<long> list in _gaps.Values)
        {
            list.Clear();
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
