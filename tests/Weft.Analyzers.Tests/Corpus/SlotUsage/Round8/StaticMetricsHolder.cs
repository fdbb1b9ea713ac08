// WEFT0102: a static class marked as a slot.
using Weft;

namespace Corpus.SlotUsage.R8.StaticMetricsHolder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public static partial class MetricsHolder // expect: WEFT0102
{
    public static int Requests => 0;
}
