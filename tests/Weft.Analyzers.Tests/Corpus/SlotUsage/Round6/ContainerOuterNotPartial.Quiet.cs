// Quiet twin of ContainerOuterNotPartial: a sealed partial outer container.
using Weft;

namespace Corpus6a.ContainerOuterNotPartial;

public sealed partial class Proxy
{
    public partial class Tables
    {
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            public int Size;
        }
    }
}
