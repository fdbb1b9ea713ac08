// Round 3. A tree of nodes held in an ImmutableArray; each node has a settable Parent. Reported on the snapshot member that reaches it (the message follows nested members).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.TreeWithSettableParent;

public sealed class Node
{
    public string Name { get; init; } = "";

    public Node? Parent { get; set; }

    public ImmutableArray<Node> Children { get; init; }
}

[ThreadLocalSlot]
public sealed partial class PathTree
{
    public ImmutableArray<Node> Roots { get; init; } // expect: WEFT0001 "Roots"
}
