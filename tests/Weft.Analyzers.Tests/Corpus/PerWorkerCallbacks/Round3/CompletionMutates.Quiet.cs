// Round 3. The captured list is written only in the completion callback, which runs once on main.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.CompletionMutates;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Sweeps
{
    public static void Sweep(WorkerPool pool, List<string> log) =>
        ConnectionCache.UpdateAll(pool, c => c.Trim(), () => log.Add("swept"));
}
