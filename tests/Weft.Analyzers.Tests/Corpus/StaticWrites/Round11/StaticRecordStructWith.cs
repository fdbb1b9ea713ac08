// Worker code replaces a static record struct with a `with` copy of itself: a read of the static and a store of a
// value computed from it, so concurrent workers lose each other's counts.
using Weft;

namespace Corpus.R11.StaticRecordStructWith;

public readonly record struct Totals(long Hits, long Misses);

public static class Process
{
    public static Totals Current;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lookup
{
    private long _local;

    [WorkerUpdate]
    private void Hit()
    {
        _local++;
        Process.Current = Process.Current with { Hits = Process.Current.Hits + 1 }; // expect: WEFT0006
    }
}
