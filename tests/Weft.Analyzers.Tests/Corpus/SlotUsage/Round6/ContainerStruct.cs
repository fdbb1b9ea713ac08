// WEFT0105: the container is a struct, not partial.
using Weft;

namespace Corpus6a.ContainerStruct;

public struct Holder // expect: WEFT0105 "Holder"
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Scratch
    {
        public int Used;
    }
}
