// Round 3. The same field marked [ThreadStatic]: inside Task.Run it is the pool thread's own (null) field, never the worker's cache.
using System.Collections.Generic;
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.StaticFieldVsThreadStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Holder
{
    [ThreadStatic]
    private static ConnectionCache? s_cache;

    public static void Remember() => s_cache = ConnectionCache.Current;

    public static Task FlushAsync() => Task.Run(() => s_cache?.Trim());
}
