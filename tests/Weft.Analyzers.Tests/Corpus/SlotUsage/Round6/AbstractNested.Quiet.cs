// Quiet twin of AbstractNested: an abstract non-slot class nested beside a sealed slot type that derives from it.
using Weft;

namespace Corpus6a.AbstractNested;

public static partial class Slots
{
    public abstract class Handler
    {
        public abstract void Run();
    }

    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class EchoHandler : Handler
    {
        public override void Run() { }
    }
}
