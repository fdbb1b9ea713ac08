// WEFT0100 on a slot type in a deep block-scoped namespace nest, inside a non-slot partial container chain.
using Weft;

namespace Corpus6a.NotPartialDeepNamespace
{
    namespace Edge.Routing.Tables.V2
    {
        public partial class Host
        {
            public partial class Inner
            {
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed class Cache { } // expect: WEFT0100 "Cache"
            }
        }
    }
}
