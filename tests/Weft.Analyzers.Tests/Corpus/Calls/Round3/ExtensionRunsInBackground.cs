// Round 3. An extension method on the cache runs its work with Task.Run; the caller hands it the worker's cache. The docs do not say where the report lands, so either line.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ExtensionRunsInBackground;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class CacheExtensions
{
    public static Task TrimInBackground(this ConnectionCache cache) => Task.Run(() => cache.Trim()); // expect: WEFT0004 #escape
}

public static class Maintenance
{
    public static Task RunAsync() => ConnectionCache.Current.TrimInBackground(); // expect: WEFT0004 #escape
}
