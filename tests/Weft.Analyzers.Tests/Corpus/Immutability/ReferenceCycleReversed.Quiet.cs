// The same records with an immutable weight list: the cycle is deeply immutable.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.CycleReversed;

public sealed record Node(string Name, Edge? Next);

public sealed record Edge(Node? Target, ImmutableArray<int> Weights);

[ThreadLocalSlot]
public sealed partial class Graph
{
    public Edge? Entry { get; init; }
    public Node? Root { get; init; }
}
