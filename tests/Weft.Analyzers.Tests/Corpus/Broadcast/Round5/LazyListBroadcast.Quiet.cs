// Quiet twin of LazyListBroadcast: the Lazy yields an ImmutableArray<string>. Reading: Lazy<T> is thread-safe
// (ExecutionAndPublication) and holds an immutable value, so it is not a mutable argument.
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

namespace Corpus5b.LazyListBroadcastQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Peers
{
    private Lazy<ImmutableArray<string>>? _peers;

    [WorkerUpdate]
    private void Use(Lazy<ImmutableArray<string>> peers) => _peers = peers;
}

public static class Admin
{
    public static Task Discover(WorkerPool pool, Func<IEnumerable<string>> load) =>
        Peers.UseOnAllWorkersAsync(pool, new Lazy<ImmutableArray<string>>(() => load().ToImmutableArray()));
}
