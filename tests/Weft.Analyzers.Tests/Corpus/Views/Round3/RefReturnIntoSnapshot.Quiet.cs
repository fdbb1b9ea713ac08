// Round 3. The helper returns a ref readonly: the caller can only read the element.
using Weft;

namespace Corpus.Views.Round3.RefReturnIntoSnapshot;

public struct Slot
{
    public int Weight;
}

[ThreadLocalSlot]
public sealed partial class Ring
{
    public Slot[] Slots { get; init; } = []; // expect: WEFT0001 "Slots"
}

public static class RingOps
{
    private static ref readonly Slot First(Ring ring) => ref ring.Slots[0];

    public static int Drain() => First(Ring.Current).Weight;
}
