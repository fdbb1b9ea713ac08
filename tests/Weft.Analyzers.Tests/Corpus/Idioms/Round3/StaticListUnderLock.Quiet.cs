// Round 3. A [WorkerUpdate] method adds to a static List<string> under a lock every writer and reader takes. Reading taken: WEFT0006's page names no exemption for lock, but WEFT0008's page says writes under lock stay quiet and a lock makes this correct, so quiet.
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
        lock (s_gate)
        {
            s_events.Add(text);
        }
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
