// WEFT0103 two levels down: generic outer, non-generic middle, slot type innermost.
using Weft;

namespace Corpus6a.NestedInGenericDeep;

public partial class Outer<TConfig> where TConfig : class
{
    public partial class Middle
    {
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Buffers // expect: WEFT0103 "Buffers"
        {
            public int Size;
        }
    }
}
