// WEFT0105: the container is a record class, not partial.
using Weft;

namespace Corpus6a.ContainerRecord;

public record Settings(string Name) // expect: WEFT0105 "Settings"
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Scratch
    {
        public int Used;
    }
}
