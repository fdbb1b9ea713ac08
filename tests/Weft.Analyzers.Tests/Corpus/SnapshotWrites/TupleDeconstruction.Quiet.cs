// Deconstructing into values and fresh copies.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.Tuples;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public ImmutableArray<int> Ports { get; init; }
    public ImmutableDictionary<int, string> Names { get; init; } = ImmutableDictionary<int, string>.Empty;
}

public static class ListenerAdmin
{
    public static (List<int>, Dictionary<int, string>) WithDebugPort()
    {
        var (ports, names) = (new List<int>(Listener.Current.Ports), new Dictionary<int, string>(Listener.Current.Names));
        ports.Add(9229);
        names[9229] = "debug";
        return (ports, names);
    }
}
