// WEFT0109: a per-worker slot type declares its own static `Current` property.
using Weft;

namespace Corpus6a.HiddenCurrentPerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private static readonly Counters s_fallback = new();

    public static Counters Current => s_fallback; // expect: WEFT0109 "Current"

    public long Hits;
}
