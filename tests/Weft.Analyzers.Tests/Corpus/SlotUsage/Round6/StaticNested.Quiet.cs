// Quiet twin of StaticNested: a sealed instance class, and a static helper class beside it that is not a slot.
using Weft;

namespace Corpus6a.StaticNested;

public partial class Proxy
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Counters
    {
        public long Hits;
    }

    public static class CounterNames
    {
        public const string Hits = "hits";
    }
}
