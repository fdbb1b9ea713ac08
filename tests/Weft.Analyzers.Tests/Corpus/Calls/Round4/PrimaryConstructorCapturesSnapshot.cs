// A small helper class captures a snapshot node through its primary constructor and writes it from a method. The
// docs do not say whether this is reported where the snapshot data is handed to the writer (the construction) or
// where the writing method is called, so both carry #escape (one report expected). The Node member is WEFT0001.
using Weft;

namespace Corpus.Round4.PrimaryConstructorCapturesSnapshot;

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
    public Node Primary { get; init; } = new(); // expect: WEFT0001
}

public static class ConnectFailures
{
    public static int OnFailure()
    {
        var counter = new StrikeCounter(Topology.Current.Primary); // expect: WEFT0003 #escape
        counter.Strike(); // expect: WEFT0003 #escape
        return counter.Strikes;
    }
}
