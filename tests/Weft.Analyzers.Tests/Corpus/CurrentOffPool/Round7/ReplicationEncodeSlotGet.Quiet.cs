// Quiet twin of ReplicationEncodeSlotGet: the filter is counted on the worker, only the event count runs in parallel.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ReplicationEncodeSlotGet;

public sealed class InterestFilter
{
    private readonly HashSet<int> _visible = new();

    public bool Sees(int entityId) => _visible.Count == 0 || _visible.Contains(entityId);

    public void Show(int entityId) => _visible.Add(entityId);
}

public sealed class SnapshotEncoder
{
    private readonly Slot<InterestFilter> _filters;

    public SnapshotEncoder(Slot<InterestFilter> filters) => _filters = filters;

    public (int Positions, int Events) Encode(int[] entityIds, int[] eventIds)
    {
        int positions = 0, events = 0;
        InterestFilter filter = _filters.Get();
        positions = CountVisible(entityIds, filter);
        Parallel.Invoke(() => events = eventIds.Length, () => { });
        return (positions, events);
    }

    private static int CountVisible(int[] ids, InterestFilter filter)
    {
        int n = 0;
        foreach (int id in ids) if (filter.Sees(id)) n++;
        return n;
    }
}
