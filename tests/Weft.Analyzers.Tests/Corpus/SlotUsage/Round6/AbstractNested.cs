// WEFT0104 on an abstract slot type nested in a partial static container.
using Weft;

namespace Corpus6a.AbstractNested;

public static partial class Slots
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public abstract partial class Handler // expect: WEFT0104 "Handler"
    {
        public abstract void Run();
    }
}
