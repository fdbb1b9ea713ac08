// Round 3. The state of RunOnAllThreads is a value tuple holding a List<string>: the tuple is copied, the list is shared by every worker.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Broadcast.Round3.TupleStateWithList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Admin
{
    public static void Apply(WorkerPool pool, List<string> hosts)
    {
        var slot = pool.AllocateSlot<ConnectionCache>();
        slot.RunOnAllThreads((cache, state) => cache.Evict(state.Hosts[0]), (Hosts: hosts, Limit: 3), () => { }); // expect: WEFT0007
    }
}
