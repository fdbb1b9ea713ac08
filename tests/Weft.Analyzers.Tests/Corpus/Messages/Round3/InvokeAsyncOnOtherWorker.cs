// Round 3. InvokeAsync on another worker's dispatcher runs the function there, touching this worker's cache.
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
        return pool.Workers[0].InvokeAsync(() => mine.Count + mine.ByHost.Count); // expect: WEFT0004
    }
}
