// A tuple is deconstructed and its List element passed as the state of Slot<T>.RunOnAllThreads<TState>.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.DeconstructedStateRunOnAll;

public static class Ports
{
    private static (string Name, List<int> Ports) Parse(string line) => (line, [80, 443]);

    public static void Open(Slot<HashSet<int>> slot, string line)
    {
        var (name, ports) = Parse(line);
        slot.RunOnAllThreads(static (open, p) => open.UnionWith(p), ports, () => { }); // expect: WEFT0007
        _ = name;
    }
}
