// Round 3. The list is hoisted out of the lambda, so every worker fills the same one.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.UpdateLocalBuffer;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Census
{
    public static Task SnapshotAsync(WorkerPool pool)
    {
        var hosts = new List<string>();
        return ConnectionCache.UpdateAllAsync(pool, c =>
        {
            hosts.AddRange(c.ByHost.Keys); // expect: WEFT0008
            c.ByHost["__hosts"] = hosts.Count;
        });
    }
}
