// Twin: the children are an ImmutableArray of the same sealed record (a cycle of immutable types).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.RouteTreeArrayChildrenQuiet;

public sealed record RouteNode(string Segment, ImmutableArray<RouteNode> Children);

[ThreadLocalSlot]
public sealed partial class RouteTree
{
    public RouteNode Root { get; init; } = new("", ImmutableArray<RouteNode>.Empty);
    public ImmutableArray<string> Hosts { get; init; }
}
