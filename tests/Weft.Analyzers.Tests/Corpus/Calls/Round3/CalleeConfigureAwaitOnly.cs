// Round 3. The caller itself awaits the helper with ConfigureAwait(false), then writes its cache off the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.CalleeConfigureAwaitOnly;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Dns
{
    public static async Task<int> ResolveAsync(string host)
    {
        await Task.Delay(1).ConfigureAwait(false);
        return host.Length;
    }
}

public static class Resolver
{
    public static async Task RefreshAsync(string host)
    {
        var cache = ConnectionCache.Current;
        int port = await Dns.ResolveAsync(host).ConfigureAwait(false);
        cache.ByHost[host] = port; // expect: WEFT0004
    }
}
