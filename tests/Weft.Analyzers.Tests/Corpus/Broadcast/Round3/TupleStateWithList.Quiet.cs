// Round 3. The tuple holds an ImmutableArray and an int: deeply immutable state.
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
        slot.RunOnAllThreads((cache, state) => cache.Evict(state.Hosts[0]), (Hosts: hosts.ToImmutableArray(), Limit: 3), () => { });
    }
}
