// Quiet twin: the per-worker count stays in the worker's own field (merged on main later); the static is not written.
using Weft;

namespace Corpus.R11.StaticRecordStructWithQuiet;

public readonly record struct Totals(long Hits, long Misses);

public static class Process
{
    public static Totals Current;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lookup
{
    private long _local;

    public long Hits => _local;

    [WorkerUpdate]
    private void Hit()
    {
        _local++;
    }
}
