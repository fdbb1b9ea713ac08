// Round 3. A library helper uses ConfigureAwait(false) inside itself; the caller awaits it plainly, so the caller resumes on its worker and may use its cache.
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
        int port = await Dns.ResolveAsync(host);
        cache.ByHost[host] = port;
    }
}
