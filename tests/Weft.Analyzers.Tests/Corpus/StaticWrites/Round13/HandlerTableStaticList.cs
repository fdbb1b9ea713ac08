// A per-worker type dispatches events through a static read-only table of handlers filled by its initializer; the
// "evicted" handler appends to a static list, and a [WorkerUpdate] runs it on every worker. #escape: at the write
// inside the lambda or at the invocation in the update.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.HandlerTableStaticList;

public static class EvictionLog
{
    public static readonly List<string> Evicted = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private static readonly Dictionary<string, Action<string>> s_handlers = new()
    {
        ["evicted"] = host => EvictionLog.Evicted.Add(host), // expect: WEFT0006 #escape
    };

    private readonly Dictionary<string, int> _byHost = new();

    [WorkerUpdate]
    private void Evict(string host)
    {
        if (_byHost.Remove(host))
        {
            s_handlers["evicted"](host); // expect: WEFT0006 #escape
        }
    }
}
