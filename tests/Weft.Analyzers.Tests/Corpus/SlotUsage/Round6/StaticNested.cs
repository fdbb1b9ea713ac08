// WEFT0102: a static slot class nested in a partial container, per-worker mode given by named argument.
using Weft;

namespace Corpus6a.StaticNested;

public partial class Proxy
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public static partial class Counters // expect: WEFT0102 "Counters"
    {
        public static long Hits;
    }
}
