// Per-worker state mutated by its own worker: in [WorkerUpdate] methods, in UpdateAllAsync, in code posted to
// Dispatcher.Current, after plain awaits.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.Idioms.OwnWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public int Count => _byHost.Count;

    public void Add(string host) => _byHost[host] = _byHost.GetValueOrDefault(host) + 1;

    [WorkerUpdate]
    private void Evict(string host) => _byHost.Remove(host);
}

public static class Usage
{
    public static async Task RunAsync(WorkerPool pool)
    {
        await ConnectionCache.InitializeAsync(pool, _ => new ConnectionCache());
        await ConnectionCache.EvictOnAllWorkersAsync(pool, "10.0.0.7");
        await ConnectionCache.UpdateAllAsync(pool, cache => cache.Add("warmup"));
        pool.Workers[0].Post(() => ConnectionCache.Current.Add("direct"));
    }

    public static async Task OnRequestAsync(string host)
    {
        var cache = ConnectionCache.Current;
        cache.Add(host);
        await Task.Delay(1);
        cache.Add(host);
        Dispatcher.Current!.Post(() => cache.Add(host + ":later"));
    }
}
