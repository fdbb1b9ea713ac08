// Quiet twin: the state is an ImmutableArray made from the deconstructed list.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.R11.DeconstructedStateRunOnAllQuiet;

public static class Ports
{
    private static (string Name, List<int> Ports) Parse(string line) => (line, [80, 443]);

    public static void Open(Slot<HashSet<int>> slot, string line)
    {
        var (name, ports) = Parse(line);
        slot.RunOnAllThreads(static (open, p) => open.UnionWith(p), ports.ToImmutableArray(), () => { });
        _ = name;
    }
}
