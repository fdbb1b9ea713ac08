// WEFT0102 and WEFT0103 together: a static generic class marked [ThreadLocalSlot].
using Weft;

namespace Corpus6a.StaticGeneric;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public static partial class Pool<T> // expect: WEFT0102, WEFT0103 "Pool"
{
}
