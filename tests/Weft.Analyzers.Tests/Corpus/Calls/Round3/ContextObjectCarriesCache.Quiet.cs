// Round 3. The context object holds only the host; the cache stays on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ContextObjectCarriesCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class RequestContext
{
    public ConnectionCache? Cache { get; init; }

    public string Host { get; init; } = "";
}

public static class Job
{
    public static Task RunAsync(string host)
    {
        var ctx = new RequestContext { Host = host };
        return Task.Run(() => ctx.Cache?.Evict(ctx.Host));
    }
}
