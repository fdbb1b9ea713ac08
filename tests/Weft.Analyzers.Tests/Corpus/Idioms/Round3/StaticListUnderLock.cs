// Round 3. The same static list, with the lock taken only by the drain, not by the worker update.
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Round3.StaticListUnderLock;

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
    private static readonly object s_gate = new();
    private static readonly List<string> s_events = new();

    [WorkerUpdate]
    private void Note(string text)
    {
        s_events.Add(text); // expect: WEFT0006
    }

    public static string[] Drain()
    {
        lock (s_gate)
        {
            var all = s_events.ToArray();
            s_events.Clear();
            return all;
        }
    }
}
