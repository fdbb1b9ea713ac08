// The own-worker idiom done wrong: the worker's cache is used from the thread pool and after ConfigureAwait(false).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.OwnWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void Add(string host) => _byHost[host] = _byHost.GetValueOrDefault(host) + 1;
}

public static class Usage
{
    public static async Task OnRequestAsync(string host)
    {
        var cache = ConnectionCache.Current;
        cache.Add(host);
        await Task.Run(() => cache.Add(host + ":bg")); // expect: WEFT0004
        await Task.Delay(1).ConfigureAwait(false);
        cache.Add(host); // expect: WEFT0004
    }
}
