// Game replication on a worker: the snapshot encoder splits work with Parallel.Invoke; one branch reads the
// worker's per-connection filter with Slot<T>.Get (a [RequiresLoopThread] member) on a pool thread. Twin: Get is
// called on the worker first and the value passed in.
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
        Parallel.Invoke(
            () => positions = CountVisible(entityIds, _filters.Get()), // expect: WEFT0005
            () => events = eventIds.Length);
        return (positions, events);
    }

    private static int CountVisible(int[] ids, InterestFilter filter)
    {
        int n = 0;
        foreach (int id in ids) if (filter.Sees(id)) n++;
        return n;
    }
}
