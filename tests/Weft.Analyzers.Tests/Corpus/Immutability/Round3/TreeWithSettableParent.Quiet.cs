// Round 3. The same tree with an init-only Parent: a cycle of immutable types is immutable.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Round3.TreeWithSettableParent;

public sealed class Node
{
    public string Name { get; init; } = "";

    public Node? Parent { get; init; }

    public ImmutableArray<Node> Children { get; init; }
}

[ThreadLocalSlot]
public sealed partial class PathTree
{
    public ImmutableArray<Node> Roots { get; init; }
}
