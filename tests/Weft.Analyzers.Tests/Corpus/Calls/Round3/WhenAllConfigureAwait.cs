// Round 3. Task.WhenAll awaited with ConfigureAwait(false); the cache is written after it, off the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.WhenAllConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Prober
{
    public static async Task ProbeAsync(Task<int>[] probes, string host)
    {
        var cache = ConnectionCache.Current;
        int[] results = await Task.WhenAll(probes).ConfigureAwait(false);
        cache.ByHost[host] = results.Length; // expect: WEFT0004
    }
}
