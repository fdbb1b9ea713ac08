// Quiet twin of IndexerCompound: a ConcurrentDictionary's AddOrUpdate.
using System.Collections.Concurrent;
using Weft;
using Weft.Slots;

namespace Corpus.R17.StaticWrites.IndexerCompound;

public sealed class Conn
{
    public string Host = "";
}

public static class Hosts
{
    private static readonly ConcurrentDictionary<string, int> s_hits = new() { ["a"] = 0 };

    public static void Count(Slot<Conn> slot)
    {
        slot.RunOnAllThreads(c => s_hits.AddOrUpdate(c.Host, 1, (_, n) => n + 1));
    }
}
