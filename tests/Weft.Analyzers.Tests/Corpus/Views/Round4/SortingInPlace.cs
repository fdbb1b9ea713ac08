// Upstreams are published, then ranked in place: List<T>.Sort and List<T>.Reverse, Array.Sort, Array.Reverse and the
// span Sort extension all reorder the published collection itself (WEFT0002: in-place mutators of the BCL table).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SortingInPlace;

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

    public void Publish(List<Upstream> upstreams, Upstream[] backups)
    {
        _listSlot.Publish(upstreams);
        _arraySlot.Publish(backups);
        upstreams.Sort(ByLatency); // expect: WEFT0002
        upstreams.Reverse(); // expect: WEFT0002
        Array.Sort(backups, ByLatency); // expect: WEFT0002
        Array.Reverse(backups); // expect: WEFT0002
        backups.AsSpan().Sort(ByLatency); // expect: WEFT0002
    }
}
