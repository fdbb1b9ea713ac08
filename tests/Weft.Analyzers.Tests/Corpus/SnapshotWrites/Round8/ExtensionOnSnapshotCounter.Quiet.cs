// Twin: the extension reads; the count is kept in a per-worker slot.
using Weft;

namespace Corpus.SnapshotWrites.R8.ExtensionOnSnapshotCounterQuiet;

public sealed class Counter
{
    public long Value;
}

public static class CounterExtensions
{
    public static long Peek(this Counter counter) => counter.Value;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Pools
{
    public Counter Opened { get; init; } = new();
}
#pragma warning restore WEFT0001

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PoolCounts
{
    public long Opened;
}

public static class PoolEvents
{
    public static long OnOpen() => ++PoolCounts.Current.Opened + Pools.Current.Opened.Peek();
}
