// Quiet twin of LinqRetrievedElements: the elements are immutable records; the same LINQ and Find calls fetch them,
// and the worker builds changed copies with `with`.
using System;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.LinqRetrievedElementsQuiet;

public sealed record Node(string Name, int Load);

[ThreadLocalSlot]
public sealed partial class Ring
{
    public ImmutableArray<Node> Nodes { get; init; } = ImmutableArray<Node>.Empty;
    public ImmutableDictionary<string, Node> ByName { get; init; } = ImmutableDictionary<string, Node>.Empty;
}

public static class Worker
{
    public static int Balance()
    {
        var ring = Ring.Current;
        var idle = ring.Nodes.First(n => n.Load == 0) with { Load = 1 };
        var busiest = ring.Nodes.MaxBy(n => n.Load)!;
        var lighter = busiest with { Load = busiest.Load - 1 };
        var renamed = ring.Nodes.ElementAt(1) with { Name = "b" };
        var spare = Array.Find(ring.Nodes.ToArray(), n => n.Load == 0);
        var d = ring.ByName.Values.Single(n => n.Name == "d") with { Load = 2 };
        return idle.Load + lighter.Load + renamed.Load + (spare?.Load ?? 0) + d.Load;
    }
}
