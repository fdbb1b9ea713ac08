// The per-worker type and the broadcast.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Broadcast.Round10.RegistrySnapshotAsInterface;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Backends
{
    private int _count;

    [WorkerUpdate]
    private void Replace(IReadOnlyList<string> names) => _count = names.Count;
}

public static class Sync
{
    public static Task Run(WorkerPool pool, Registry<string> registry)
    {
        IReadOnlyList<string> names = registry.Snapshot();
        return Backends.ReplaceOnAllWorkersAsync(pool, names); // expect: WEFT0007
    }
}
