// Round 3. A [WorkerUpdate] method of a per-worker type adds to a static List<string> shared by every worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Round3.StaticListInWorkerUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AuditTrail
{
    private static readonly List<string> s_events = new();

    [WorkerUpdate]
    private void Note(string text) => s_events.Add(text); // expect: WEFT0006
}
