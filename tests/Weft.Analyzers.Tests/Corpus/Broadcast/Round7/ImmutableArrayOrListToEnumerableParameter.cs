// WEFT0007: a [WorkerUpdate] taking IEnumerable<string>. The caller passes a List<string> local (one token apart in the local's declaration).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ImmutableArrayOrListToEnumerableParameter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Peers
{
    private readonly HashSet<string> _peers = new();

    [WorkerUpdate]
    void Add(IEnumerable<string> peers) => _peers.UnionWith(peers);
}

public static class Gossip
{
    public static Task SpreadAsync(WorkerPool pool, string[] seen)
    {
        List<string> peers = [.. seen];
        return Peers.AddOnAllWorkersAsync(pool, peers); // expect: WEFT0007
    }
}
