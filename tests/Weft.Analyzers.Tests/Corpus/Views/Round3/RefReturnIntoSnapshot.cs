// Round 3. A helper returns a ref to an element of the snapshot's struct array; the caller writes through it.
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
    private static ref Slot First(Ring ring) => ref ring.Slots[0];

    public static void Drain() => First(Ring.Current).Weight = 0; // expect: WEFT0003
}
