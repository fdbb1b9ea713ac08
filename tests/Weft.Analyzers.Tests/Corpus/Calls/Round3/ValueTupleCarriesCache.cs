// Round 3. The cache rides in a value tuple; the tuple copy still references it inside Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ValueTupleCarriesCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Job
{
    public static Task RunAsync(string host)
    {
        var work = (Cache: ConnectionCache.Current, Host: host);
        return Task.Run(() => work.Cache.Evict(work.Host)); // expect: WEFT0004
    }
}
