// Round 3. The worker's cache is put into a list; the list goes to Task.Run and the cache is reached through it.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ListOfCaches;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Work
{
    public static Task TrimAllAsync()
    {
        var caches = new List<ConnectionCache> { ConnectionCache.Current };
        return Task.Run(() => caches.ForEach(c => c.Trim())); // expect: WEFT0004
    }
}
