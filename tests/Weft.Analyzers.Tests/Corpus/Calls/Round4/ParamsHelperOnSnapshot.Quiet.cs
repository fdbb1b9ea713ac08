// Quiet twin of ParamsHelperOnSnapshot: the same helpers, called with nodes the handler creates itself from the
// (immutable) snapshot's names.
using Weft;

namespace Corpus.Round4.ParamsHelperOnSnapshotQuiet;

public sealed class Node
{
    public string Name { get; set; } = "";
    public int Strikes { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Topology
{
    public string Primary { get; init; } = "";
    public string Secondary { get; init; } = "";
}

public static class NodeOps
{
    public static void ResetStrikes(params Node[] nodes)
    {
        foreach (var node in nodes)
        {
            node.Strikes = 0;
        }
    }

    public static void Penalise(Node node, int by = 1) => node.Strikes += by;
}

public static class FailoverHandler
{
    public static Node OnRecovered()
    {
        var primary = new Node { Name = Topology.Current.Primary };
        var secondary = new Node { Name = Topology.Current.Secondary };
        NodeOps.ResetStrikes(primary, secondary);
        NodeOps.Penalise(secondary);
        return secondary;
    }
}
