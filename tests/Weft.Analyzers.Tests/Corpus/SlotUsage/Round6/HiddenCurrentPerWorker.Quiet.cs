// Quiet twin of HiddenCurrentPerWorker: the user's accessor is named `Fallback`.
using Weft;

namespace Corpus6a.HiddenCurrentPerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private static readonly Counters s_fallback = new();

    public static Counters Fallback => s_fallback;

    public long Hits;
}
