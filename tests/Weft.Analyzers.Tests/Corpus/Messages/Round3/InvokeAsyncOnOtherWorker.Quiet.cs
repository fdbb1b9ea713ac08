// Round 3. The count (an int) is read on this worker; only the value crosses to the other worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.Round3.InvokeAsyncOnOtherWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Balancer
{
    public static Task<int> PeekAsync(WorkerPool pool)
    {
        var mine = ConnectionCache.Current;
        int count = mine.Count + mine.ByHost.Count;
        return pool.Workers[0].InvokeAsync(() => count);
    }
}
