// Round 3. The factory returns a `with` copy of the template: a new record for each worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.RecordTemplateReturned;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed record WorkerLimits
{
    public int MaxConnections { get; set; }
}

public static class Setup
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<WorkerLimits>();
        var template = new WorkerLimits { MaxConnections = 100 };
        slot.Set(_ => template with { });
    }
}
