// Round 3. A generic helper queues its item to the thread pool; the caller passes the worker's cache as the item. The docs do not say whether the report lands at the call or inside the helper, so either.
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
    public static void Later<T>(T item, Action<T> work) => ThreadPool.QueueUserWorkItem(work, item, preferLocal: false); // expect: WEFT0004 #escape
}

public static class Maintenance
{
    public static void Run() => Offload.Later(ConnectionCache.Current, c => c.Trim()); // expect: WEFT0004 #escape
}
