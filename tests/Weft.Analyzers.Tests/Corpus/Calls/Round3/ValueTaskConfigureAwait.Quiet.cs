// Round 3. The same ValueTask awaited plainly: the write happens back on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ValueTaskConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Resolver
{
    private static ValueTask<int> LookupAsync(string host) => new(host.Length);

    public static async Task ResolveAsync(string host)
    {
        var cache = ConnectionCache.Current;
        int port = await LookupAsync(host);
        cache.ByHost[host] = port;
    }
}
