// The quiet twin: the log is a ConcurrentQueue, safe to add to from every worker.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.HandlerTableStaticListQuiet;

public static class EvictionLog
{
    public static readonly ConcurrentQueue<string> Evicted = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private static readonly Dictionary<string, Action<string>> s_handlers = new()
    {
        ["evicted"] = host => EvictionLog.Evicted.Enqueue(host),
    };

    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate]
    private void Evict(string host)
    {
        if (_byHost.Remove(host))
        {
            s_handlers["evicted"](host);
        }
    }
}
