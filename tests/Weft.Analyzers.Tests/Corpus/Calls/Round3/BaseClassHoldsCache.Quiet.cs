// Round 3. The derived class uses the inherited cache on the worker itself.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.BaseClassHoldsCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public abstract class WorkerComponent
{
    protected readonly ConnectionCache Cache = ConnectionCache.Current;
}

public sealed class Flusher : WorkerComponent
{
    public Task FlushAsync()
    {
        Cache.Trim();
        return Task.CompletedTask;
    }
}
