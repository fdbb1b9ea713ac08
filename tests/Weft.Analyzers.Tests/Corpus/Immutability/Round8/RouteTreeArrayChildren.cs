// WEFT0001: a routing tree whose node holds its children in an array (a cycle through a mutable member).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.RouteTreeArrayChildren;

public sealed record RouteNode(string Segment, RouteNode[] Children);

[ThreadLocalSlot]
public sealed partial class RouteTree
{
    public RouteNode Root { get; init; } = new("", []); // expect: WEFT0001
    public ImmutableArray<string> Hosts { get; init; }
}
