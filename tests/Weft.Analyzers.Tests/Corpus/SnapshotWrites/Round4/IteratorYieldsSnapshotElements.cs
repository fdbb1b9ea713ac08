// An iterator (`yield return`) walks the shared cluster map and yields the unhealthy nodes; its callers then write
// the yielded nodes. They are the snapshot's own elements (issue 10: "a helper that returns snapshot data that the
// caller then writes"; WEFT0003: data reached from Current). The snapshot type's List of mutable nodes is WEFT0001.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Round4.IteratorYieldsSnapshotElements;

public sealed class Node
{
    public string Name { get; set; } = "";
    public bool Healthy { get; set; }
    public int Strikes { get; set; }
}

[ThreadLocalSlot]
public sealed partial class ClusterMap
{
    public List<Node> Nodes { get; init; } = new(); // expect: WEFT0001
}

public static class Sweeper
{
    public static IEnumerable<Node> Unhealthy()
    {
        foreach (var node in ClusterMap.Current.Nodes)
        {
            if (!node.Healthy)
            {
                yield return node;
            }
        }
    }

    public static void Sweep()
    {
        foreach (var node in Unhealthy())
        {
            node.Strikes++; // expect: WEFT0003
        }

        Unhealthy().First().Healthy = true; // expect: WEFT0003
    }
}
