// Round 3. The wait callback posts the trim back to the worker's own loop (kept in a local on the worker), reading the cache there through Current.
using System.Collections.Generic;
using System.Threading;
using Weft.Threading;
using Weft;

namespace Corpus.Messages.Round3.RegisterWaitCallback;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Signals
{
    public static RegisteredWaitHandle OnReload(WaitHandle reload)
    {
        var loop = Dispatcher.Current!;
        return ThreadPool.RegisterWaitForSingleObject(reload, (_, _) => loop.Post(() => ConnectionCache.Current.Trim()), null, Timeout.Infinite, executeOnlyOnce: true);
    }
}
