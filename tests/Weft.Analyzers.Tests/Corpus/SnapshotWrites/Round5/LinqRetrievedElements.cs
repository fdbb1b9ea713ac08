// WEFT0003: elements of a snapshot's collection fetched with LINQ and List/Array search methods (First, MaxBy,
// ElementAt, List.Find, Array.Find, Values.Single) are the snapshot's objects; writing them is reported.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5a.LinqRetrievedElements;

public sealed class Node
{
    public int Load;
    public string Name = "";
}

[ThreadLocalSlot]
public sealed partial class Ring
{
    public List<Node> Nodes { get; init; } = new(); // expect: WEFT0001
    public Node[] Spares { get; init; } = Array.Empty<Node>(); // expect: WEFT0001
    public Dictionary<string, Node> ByName { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static void Balance()
    {
        var ring = Ring.Current;
        ring.Nodes.First(n => n.Load == 0).Load = 1; // expect: WEFT0003
        var busiest = ring.Nodes.MaxBy(n => n.Load)!;
        busiest.Load--; // expect: WEFT0003
        ring.Nodes.ElementAt(1).Name = "b"; // expect: WEFT0003
        var found = ring.Nodes.Find(n => n.Name == "c");
        if (found is not null) found.Load = 0; // expect: WEFT0003
        Array.Find(ring.Spares, n => n.Load == 0)!.Name = "spare"; // expect: WEFT0003
        ring.ByName.Values.Single(n => n.Name == "d").Load += 2; // expect: WEFT0003
    }
}
