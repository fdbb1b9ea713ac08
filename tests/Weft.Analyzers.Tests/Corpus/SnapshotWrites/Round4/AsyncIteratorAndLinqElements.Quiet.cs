// Quiet twin of AsyncIteratorAndLinqElements: the same async iterator and LINQ operators over a snapshot of immutable
// records; changed values are `with` copies collected in a list the sweeper owns, and Select builds new objects.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AsyncIteratorAndLinqElementsQuiet;

public sealed record Node(bool Healthy, int Strikes);

public sealed class NodeDraft
{
    public int Strikes { get; set; }
}

[ThreadLocalSlot]
public sealed partial class ClusterMap
{
    public ImmutableArray<Node> Nodes { get; init; } = ImmutableArray<Node>.Empty;
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

    public static async Task<List<Node>> SweepAsync()
    {
        var changed = new List<Node>();
        await foreach (var node in UnhealthyAsync())
        {
            changed.Add(node with { Strikes = node.Strikes + 1 });
        }

        foreach (var draft in ClusterMap.Current.Nodes.Where(n => !n.Healthy).Select(n => new NodeDraft { Strikes = n.Strikes }))
        {
            draft.Strikes += 2;
        }

        changed.Reverse();
        return changed;
    }
}
