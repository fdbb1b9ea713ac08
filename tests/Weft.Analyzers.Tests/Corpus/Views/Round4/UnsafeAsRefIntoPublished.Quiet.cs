// Quiet twin of UnsafeAsRefIntoPublished: the emergency limits are a new object; the published one is read through
// `ref readonly` (no AsRef), and the writable ref points into a copy of its array.
using System.Collections.Immutable;
using System.Linq;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.UnsafeAsRefIntoPublishedQuiet;

public sealed class PoolLimits
{
    public readonly int MaxConnections;
    public readonly ImmutableArray<int> PerHost;

    public PoolLimits(int maxConnections, ImmutableArray<int> perHost)
    {
        MaxConnections = maxConnections;
        PerHost = perHost;
    }
}

public sealed class LimitsPublisher
{
    private readonly Slot<PoolLimits> _slot;

    public LimitsPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<PoolLimits>();

    public int Publish(PoolLimits limits, bool emergency)
    {
        _slot.Publish(limits);
        ref readonly int current = ref limits.PerHost.ItemRef(0);
        if (emergency)
        {
            int[] perHost = limits.PerHost.ToArray();
            ref int first = ref perHost[0];
            first = 1;
            _slot.Publish(new PoolLimits(16, ImmutableArray.Create(perHost)));
        }

        return current;
    }
}
