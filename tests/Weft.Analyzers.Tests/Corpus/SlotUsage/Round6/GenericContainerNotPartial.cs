// WEFT0103 and WEFT0105 together: the slot type sits in a generic container that is also not partial. Each rule
// is reported on its own declaration.
using Weft;

namespace Corpus6a.GenericContainerNotPartial;

public class Registry<T> // expect: WEFT0105 "Registry"
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Scratch // expect: WEFT0103 "Scratch"
    {
        public int Used;
    }
}
