// Quiet twin of FlagStoreInitRegistry: the registry is a ConcurrentQueue.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.FlagStoreInitRegistry;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagStore
{
    private readonly Dictionary<string, bool> _flags = new(StringComparer.Ordinal);

    public FlagStore(string owner) => Owner = owner;

    public string Owner { get; }

    public bool IsOn(string flag) => _flags.GetValueOrDefault(flag);

    [WorkerUpdate] private void Set(string flag, bool on) => _flags[flag] = on;
}

public static class FlagSetup
{
    public static ConcurrentQueue<FlagStore> Install(WorkerPool pool)
    {
        var created = new ConcurrentQueue<FlagStore>();
        FlagStore.Initialize(pool, dispatcher =>
        {
            var store = new FlagStore(dispatcher.Name);
            created.Enqueue(store);
            return store;
        });
        return created;
    }
}
