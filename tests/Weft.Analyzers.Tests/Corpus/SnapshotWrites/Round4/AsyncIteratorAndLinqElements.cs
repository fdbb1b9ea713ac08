// Snapshot elements reaching a writer through element-preserving sequences: an async iterator (`IAsyncEnumerable`,
// `await foreach`), LINQ Where, identity Select, OfType and Cast, and Reverse over AsEnumerable. Each yields the
// snapshot's own node objects (WEFT0003; issue 10: "a helper that returns snapshot data", element-level aliasing). A
// generality check for F14. The awaits stay on the worker. The List of mutable nodes is WEFT0001.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AsyncIteratorAndLinqElements;

public sealed class Node
{
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
    private static async IAsyncEnumerable<Node> UnhealthyAsync()
    {
        foreach (var node in ClusterMap.Current.Nodes)
        {
            await Task.Yield();
            if (!node.Healthy)
            {
                yield return node;
            }
        }
    }

    public static async Task SweepAsync()
    {
        await foreach (var node in UnhealthyAsync())
        {
            node.Strikes++; // expect: WEFT0003
        }

        foreach (var node in ClusterMap.Current.Nodes.Where(n => !n.Healthy))
        {
            node.Strikes += 2; // expect: WEFT0003
        }

        foreach (var node in ClusterMap.Current.Nodes.Select(n => n))
        {
            node.Healthy = true; // expect: WEFT0003
        }

        ClusterMap.Current.Nodes.OfType<Node>().First().Strikes = 0; // expect: WEFT0003
        ClusterMap.Current.Nodes.Cast<Node>().Last().Healthy = false; // expect: WEFT0003
        ClusterMap.Current.Nodes.AsEnumerable().Reverse().First().Strikes = 9; // expect: WEFT0003
    }
}
