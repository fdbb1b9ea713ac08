// Quiet twin of IndexerSetPlain: a ConcurrentDictionary's indexer set (thread-safe; the value is a DateTime, a copy).
using System;
using System.Collections.Concurrent;
using Weft;

namespace Corpus.R17.StaticWrites.IndexerSetPlain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Presence
{
    private static readonly ConcurrentDictionary<string, DateTime> s_lastSeen = new();
    private int _mine;

    [WorkerUpdate]
    public void Seen(string host, DateTime now)
    {
        _mine++;
        s_lastSeen[host] = now;
    }
}
