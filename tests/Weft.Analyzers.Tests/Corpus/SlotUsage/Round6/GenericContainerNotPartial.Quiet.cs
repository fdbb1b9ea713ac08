// Quiet twin of GenericContainerNotPartial: a partial non-generic container.
using Weft;

namespace Corpus6a.GenericContainerNotPartial;

public partial class Registry
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Scratch
    {
        public int Used;
    }
}
