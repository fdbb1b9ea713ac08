// A `params` helper and a helper with a default parameter value write the nodes they are given; worker code calls them
// with nodes of the shared topology snapshot. Reading taken: as for WEFT0002 ("a call of your method that writes it"),
// the call that hands snapshot data to a writing helper is the write and is reported at the call; the helpers' bodies
// are fine on their own. The mutable Node members are WEFT0001.
using Weft;

namespace Corpus.Round4.ParamsHelperOnSnapshot;

public sealed class Node
{
    public string Name { get; set; } = "";
    public int Strikes { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Topology
{
    public Node Primary { get; init; } = new(); // expect: WEFT0001
    public Node Secondary { get; init; } = new(); // expect: WEFT0001
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
    public static void OnRecovered()
    {
        NodeOps.ResetStrikes(Topology.Current.Primary, Topology.Current.Secondary); // expect: WEFT0003
        NodeOps.Penalise(Topology.Current.Secondary); // expect: WEFT0003
    }
}
