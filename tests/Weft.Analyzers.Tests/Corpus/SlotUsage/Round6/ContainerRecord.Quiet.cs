// Quiet twin of ContainerRecord: a partial record container.
using Weft;

namespace Corpus6a.ContainerRecord;

public partial record Settings(string Name)
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Scratch
    {
        public int Used;
    }
}
