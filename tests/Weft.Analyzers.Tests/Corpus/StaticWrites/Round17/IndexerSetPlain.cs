// WEFT0006: a plain indexer set on a static Dictionary (`s_lastSeen[host] = now;`) in a [WorkerUpdate]. Page: "Add/
// Remove/Clear… on a static non-concurrent collection": an indexer set adds or replaces an entry, the same mutation as
// Add. (Probe beside IndexerSetInMember: no TryGetValue, no read of the field on the right.)
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.R17.StaticWrites.IndexerSetPlain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Presence
{
    private static readonly Dictionary<string, DateTime> s_lastSeen = new();
    private int _mine;

    [WorkerUpdate]
    public void Seen(string host, DateTime now)
    {
        _mine++;
        s_lastSeen[host] = now; // expect: WEFT0006
    }
}
