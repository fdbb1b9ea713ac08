// WEFT0001 in a cycle of two snapshot slot types: A holds B, B holds A and an int[]. B's array is reported on B;
// A's member of type B is reported on A, and B's member of type A on B (each reaches the mutable array through the
// other: "a type is immutable only when everything it reaches is"), whichever type is checked first.
using Weft;

namespace Corpus6a.TwoSlotCycle;

[ThreadLocalSlot]
public sealed partial class Primary
{
    public Secondary? Next { get; init; } // expect: WEFT0001 "Next"
}

[ThreadLocalSlot]
public sealed partial class Secondary
{
    public Primary? Back { get; init; } // expect: WEFT0001 "Back"

    public int[] Weights { get; init; } = []; // expect: WEFT0001 "Weights"
}
