// WEFT0007: a [WorkerUpdate] taking IEnumerable<string>. The caller passes an ImmutableArray<string> local (boxed to
// the interface): quiet.
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

namespace Corpus7b.ImmutableArrayOrListToEnumerableParameterQuiet;

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
        ImmutableArray<string> peers = [.. seen];
        return Peers.AddOnAllWorkersAsync(pool, peers);
    }
}
