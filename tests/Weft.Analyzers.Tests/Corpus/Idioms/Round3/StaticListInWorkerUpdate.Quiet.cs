// Round 3. The static sink is a ConcurrentQueue.
using System.Collections.Generic;
using System.Collections.Concurrent;
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
    private static readonly ConcurrentQueue<string> s_events = new();

    [WorkerUpdate]
    private void Note(string text) => s_events.Enqueue(text);
}
