// Round 3. The same dictionary of commands, run on the calling worker's own dispatcher.
using System.Collections.Generic;
using System;
using Weft.Threading;
using Weft;

namespace Corpus.Messages.Round3.DictionaryOfHandlers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Commands
{
    public static void Run(string name, string host)
    {
        var cache = ConnectionCache.Current;
        var handlers = new Dictionary<string, Action>
        {
            ["evict"] = () => cache.Evict(host),
            ["trim"] = cache.Trim,
        };
        Dispatcher.Current!.Post(handlers[name]);
    }
}
