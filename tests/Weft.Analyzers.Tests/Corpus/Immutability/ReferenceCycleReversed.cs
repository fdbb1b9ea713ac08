// The cycle declared in the other order, through plain records that are not slots: the verdict must not depend on
// which type is asked first.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.CycleReversed;

public sealed record Node(string Name, Edge? Next);

public sealed record Edge(Node? Target, List<int> Weights);

[ThreadLocalSlot]
public sealed partial class Graph
{
    public Edge? Entry { get; init; } // expect: WEFT0001
    public Node? Root { get; init; } // expect: WEFT0001
}
