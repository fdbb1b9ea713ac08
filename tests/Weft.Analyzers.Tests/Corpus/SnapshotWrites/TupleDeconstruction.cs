// Deconstructing a tuple of snapshot members: the variables alias the shared collections.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.Tuples;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public List<int> Ports { get; init; } = new(); // expect: WEFT0001
    public Dictionary<int, string> Names { get; init; } = new(); // expect: WEFT0001
}

public static class ListenerAdmin
{
    public static void AddDebugPort()
    {
        var (ports, names) = (Listener.Current.Ports, Listener.Current.Names);
        ports.Add(9229); // expect: WEFT0003
        names[9229] = "debug"; // expect: WEFT0003
    }
}
