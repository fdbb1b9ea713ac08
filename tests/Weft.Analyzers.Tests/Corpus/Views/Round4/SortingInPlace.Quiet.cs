// Quiet twin of SortingInPlace: ranking makes copies (OrderBy().ToList(), LINQ Reverse over AsEnumerable(), ToArray
// then Array.Sort on the copy, a stackalloc'd span of latencies sorted in place) and publishes the copies.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SortingInPlaceQuiet;

public sealed record Upstream(string Host, int LatencyMs);

public sealed class UpstreamRanker
{
    private static readonly Comparison<Upstream> ByLatency = (a, b) => a.LatencyMs.CompareTo(b.LatencyMs);
    private readonly Slot<List<Upstream>> _listSlot;
    private readonly Slot<Upstream[]> _arraySlot;

    public UpstreamRanker(WorkerPool pool)
    {
        _listSlot = pool.AllocateSlot<List<Upstream>>();
        _arraySlot = pool.AllocateSlot<Upstream[]>();
    }

    public int Publish(List<Upstream> upstreams, Upstream[] backups)
    {
        _listSlot.Publish(upstreams);
        _arraySlot.Publish(backups);
        List<Upstream> ranked = upstreams.OrderBy(u => u.LatencyMs).ToList();
        List<Upstream> slowestFirst = upstreams.AsEnumerable().Reverse().ToList();
        Upstream[] sortedBackups = backups.ToArray();
        Array.Sort(sortedBackups, ByLatency);
        Array.Reverse(sortedBackups);
        Span<int> latencies = stackalloc int[backups.Length];
        for (int i = 0; i < backups.Length; i++)
        {
            latencies[i] = backups[i].LatencyMs;
        }

        latencies.Sort();
        _listSlot.Publish(ranked);
        _arraySlot.Publish(sortedBackups);
        return slowestFirst.Count + (latencies.Length > 0 ? latencies[0] : 0);
    }
}
