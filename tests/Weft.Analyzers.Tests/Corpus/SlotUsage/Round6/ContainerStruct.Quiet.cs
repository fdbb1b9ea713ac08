// Quiet twin of ContainerStruct: a partial struct container.
using Weft;

namespace Corpus6a.ContainerStruct;

public partial struct Holder
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Scratch
    {
        public int Used;
    }
}
