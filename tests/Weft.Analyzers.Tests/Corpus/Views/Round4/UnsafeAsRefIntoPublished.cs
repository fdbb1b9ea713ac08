// Unsafe.AsRef turns a read-only reference into a writable one: here into a readonly field of a published limits
// object and into an element of its ImmutableArray (ItemRef). The object is immutable by declaration, but these lines
// change it after the publish (WEFT0002: any change; the engine follows refs and marshal-style helpers).
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.UnsafeAsRefIntoPublished;

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

    public void Publish(PoolLimits limits, bool emergency)
    {
        _slot.Publish(limits);
        if (emergency)
        {
            Unsafe.AsRef(in limits.MaxConnections) = 16; // expect: WEFT0002
            ref int first = ref Unsafe.AsRef(in limits.PerHost.ItemRef(0));
            first = 1; // expect: WEFT0002
        }
    }
}
