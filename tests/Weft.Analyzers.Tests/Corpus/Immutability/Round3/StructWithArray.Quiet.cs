// Round 3. The readonly record struct holds only values: each read is a copy, quiet.
using Weft;

namespace Corpus.Immutability.Round3.StructWithArray;

public readonly record struct Weights(int Total, int Backends);

[ThreadLocalSlot]
public sealed partial class Balancer
{
    public Weights Weights { get; init; }
}
