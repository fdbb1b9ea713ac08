// Quiet twin of IteratorYieldsSnapshotElements: the snapshot holds immutable records; the iterator yields them and the
// sweeper keeps its own strike counts in a dictionary it owns and builds `with` copies for what it would change.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.IteratorYieldsSnapshotElementsQuiet;

public sealed record Node(string Name, bool Healthy, int Strikes);

[ThreadLocalSlot]
public sealed partial class ClusterMap
{
    public ImmutableArray<Node> Nodes { get; init; } = ImmutableArray<Node>.Empty;
}

public static class Sweeper
{
    private static IEnumerable<Node> Unhealthy()
    {
        foreach (var node in ClusterMap.Current.Nodes)
        {
            if (!node.Healthy)
            {
                yield return node;
            }
        }
    }

    public static List<Node> Sweep(Dictionary<string, int> strikes)
    {
        var penalised = new List<Node>();
        foreach (var node in Unhealthy())
        {
            strikes[node.Name] = strikes.GetValueOrDefault(node.Name) + 1;
            penalised.Add(node with { Strikes = node.Strikes + 1 });
        }

        return penalised;
    }
}
