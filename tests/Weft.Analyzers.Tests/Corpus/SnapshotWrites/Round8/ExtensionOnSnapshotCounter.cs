// WEFT0003: an extension method that increments, called on an object reached from Current.
using Weft;

namespace Corpus.SnapshotWrites.R8.ExtensionOnSnapshotCounter;

public sealed class Counter
{
    public long Value;
}

public static class CounterExtensions
{
    public static void Bump(this Counter counter) => counter.Value++;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Pools
{
    public Counter Opened { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class PoolEvents
{
    public static void OnOpen() => Pools.Current.Opened.Bump(); // expect: WEFT0003
}
