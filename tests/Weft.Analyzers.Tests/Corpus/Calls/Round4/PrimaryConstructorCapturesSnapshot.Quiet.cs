// Quiet twin of PrimaryConstructorCapturesSnapshot: the primary-constructor helper wraps a node the handler made
// itself; the snapshot (immutable) only provides the starting count.
using Weft;

namespace Corpus.Round4.PrimaryConstructorCapturesSnapshotQuiet;

public sealed class Node
{
    public int Strikes { get; set; }
}

public sealed class StrikeCounter(Node node)
{
    public void Strike() => node.Strikes++;

    public int Strikes => node.Strikes;
}

[ThreadLocalSlot]
public sealed partial class Topology
{
    public int PrimaryStrikes { get; init; }
}

public static class ConnectFailures
{
    public static int OnFailure()
    {
        var counter = new StrikeCounter(new Node { Strikes = Topology.Current.PrimaryStrikes });
        counter.Strike();
        return counter.Strikes;
    }
}
