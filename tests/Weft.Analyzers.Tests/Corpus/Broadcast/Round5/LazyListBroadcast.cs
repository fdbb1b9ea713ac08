// WEFT0007: a Lazy<List<string>> is broadcast; Lazy is thread-safe to create, but the List it yields is one mutable object
// for every worker (the WEFT0006 page: a Lazy's Value is the object it holds).
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.LazyListBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Peers
{
    private Lazy<List<string>>? _peers;

    [WorkerUpdate]
    private void Use(Lazy<List<string>> peers) => _peers = peers;
}

public static class Admin
{
    public static Task Discover(WorkerPool pool, Func<IEnumerable<string>> load) =>
        Peers.UseOnAllWorkersAsync(pool, new Lazy<List<string>>(() => load().ToList())); // expect: WEFT0007
}
