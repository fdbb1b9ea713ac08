// WEFT0006: a compound assignment through a static Dictionary's indexer (`s_hits[host] += 1`) in a RunOnAllThreads
// callback: a get, an add and a set on a non-concurrent collection.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.R17.StaticWrites.IndexerCompound;

public sealed class Conn
{
    public string Host = "";
}

public static class Hosts
{
    private static readonly Dictionary<string, int> s_hits = new() { ["a"] = 0 };

    public static void Count(Slot<Conn> slot)
    {
        slot.RunOnAllThreads(c => s_hits[c.Host] += 1); // expect: WEFT0006
    }
}
