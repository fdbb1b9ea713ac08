// Round 3. The update builds a list of its own inside the lambda and fills it: nothing captured is mutated.
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
    public static Task SnapshotAsync(WorkerPool pool) =>
        ConnectionCache.UpdateAllAsync(pool, c =>
        {
            var hosts = new List<string>();
            hosts.AddRange(c.ByHost.Keys);
            c.ByHost["__hosts"] = hosts.Count;
        });
}
