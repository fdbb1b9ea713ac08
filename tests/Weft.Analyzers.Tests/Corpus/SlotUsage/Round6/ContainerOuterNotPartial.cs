// WEFT0105 on the outermost container only: the middle container is partial, the outer one is not.
using Weft;

namespace Corpus6a.ContainerOuterNotPartial;

public sealed class Proxy // expect: WEFT0105 "Proxy"
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
