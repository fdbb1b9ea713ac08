// Worker code walks the shared pool map with `foreach (var (name, members) in ...)` deconstruction and with an
// explicit KeyValuePair, and edits each member list in place. The lists are the snapshot's (issue 10: "the iteration
// variable of a foreach over a snapshot collection"; WEFT0003). The Dictionary of Lists is WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.ForeachDeconstructSnapshot;

[ThreadLocalSlot]
public sealed partial class Pools
{
    public Dictionary<string, List<string>> Members { get; init; } = new(); // expect: WEFT0001
}

public static class PoolEviction
{
    public static List<string> Evict(string host)
    {
        var emptied = new List<string>();
        foreach (var (name, members) in Pools.Current.Members)
        {
            if (members.Remove(host)) // expect: WEFT0003
            {
                emptied.Add(name);
            }
        }

        foreach (KeyValuePair<string, List<string>> pair in Pools.Current.Members)
        {
            pair.Value.Sort(); // expect: WEFT0003
        }

        return emptied;
    }
}
