// Round 3. Each worker enqueues its line into a ConcurrentQueue; the text is joined afterwards on the caller.
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.CapturedStringBuilder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Report
{
    public static async Task<string> BuildAsync(WorkerPool pool)
    {
        var lines = new ConcurrentQueue<string>();
        await ConnectionCache.UpdateAllAsync(pool, c => lines.Enqueue(c.Count.ToString()));
        return string.Join("\n", lines);
    }
}
