// Round 3. ThreadPool.RegisterWaitForSingleObject runs its callback on a thread-pool thread when the handle is signalled; the callback trims the worker's cache.
using System.Collections.Generic;
using System.Threading;
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
        var cache = ConnectionCache.Current;
        return ThreadPool.RegisterWaitForSingleObject(reload, (_, _) => cache.Trim(), null, Timeout.Infinite, executeOnlyOnce: true); // expect: WEFT0004
    }
}
