// Feature-flag store per worker, each registered with a diagnostics registry at creation. Defect: the factory
// adds every new store to a captured plain List (the factory runs on each worker at once) (WEFT0008: mutates
// what a captured local holds).
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
    public static List<FlagStore> Install(WorkerPool pool)
    {
        var created = new List<FlagStore>();
        FlagStore.Initialize(pool, dispatcher =>
        {
            var store = new FlagStore(dispatcher.Name);
            created.Add(store); // expect: WEFT0008
            return store;
        });
        return created;
    }
}
