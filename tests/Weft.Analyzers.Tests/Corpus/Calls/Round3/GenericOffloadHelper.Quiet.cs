// Round 3. The same generic helper, given the count of the cache (an int copy) instead of the cache.
using System.Collections.Generic;
using System;
using System.Threading;
using Weft;

namespace Corpus.Calls.Round3.GenericOffloadHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Offload
{
    public static void Later<T>(T item, Action<T> work) => ThreadPool.QueueUserWorkItem(work, item, preferLocal: false);
}

public static class Maintenance
{
    public static void Run() => Offload.Later(ConnectionCache.Current.Count, n => Console.WriteLine(n));
}
