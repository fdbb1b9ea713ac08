// Round 3. A readonly record struct whose member is an int[]: copying the struct copies the reference, so every
// worker shares the array.
using Weft;

namespace Corpus.Immutability.Round3.StructWithArray;

public readonly record struct Weights(int Total, int[] PerBackend);

[ThreadLocalSlot]
public sealed partial class Balancer
{
    public Weights Weights { get; init; } // expect: WEFT0001 "Weights"
}
