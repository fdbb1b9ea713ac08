// Round 3. The dispatcher kept in the local is the pool's main one: the callback leaves the worker.
using System.Collections.Generic;
using Weft.Threading;
using Weft;

namespace Corpus.Messages.Round3.LocalDispatcherVariable;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Later
{
    public static void TrimSoon(WorkerPool pool)
    {
        var cache = ConnectionCache.Current;
        Dispatcher loop = pool.Main;
        loop.Post(() => cache.Trim()); // expect: WEFT0004
    }
}
