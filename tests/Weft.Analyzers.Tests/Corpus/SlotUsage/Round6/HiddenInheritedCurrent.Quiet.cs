// Quiet twin of HiddenInheritedCurrent: the base declares a static `Current`, the slot type declares none. Reading:
// the rule is about members the slot type "declares"; an inherited one is not its declaration.
using Weft;

namespace Corpus6a.HiddenInheritedCurrent;

public class ScratchBase
{
    public static object? Current => null;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch : ScratchBase
{
    public int Used;
}
