// WEFT0109 when the per-worker slot type declares `new static Current` hiding a base member: it declares the member
// itself. (The quiet twin only inherits it.)
using Weft;

namespace Corpus6a.HiddenInheritedCurrent;

public class ScratchBase
{
    public static object? Current => null;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch : ScratchBase
{
    public static new Scratch? Current => null; // expect: WEFT0109 "Current"

    public int Used;
}
