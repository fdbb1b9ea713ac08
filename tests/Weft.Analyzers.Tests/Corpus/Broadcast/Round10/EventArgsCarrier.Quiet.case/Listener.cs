// The per-worker type receives the change on every worker.
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

namespace Corpus.Broadcast.Round10.EventArgsCarrierQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Listener
{
    private int _version;

    [WorkerUpdate]
    private void OnConfigChanged(ConfigChanged change) => _version += change.Values.Count;
}

public static class Config
{
    public static Task Push(WorkerPool pool, IDictionary<string, string> values) =>
        Listener.OnConfigChangedOnAllWorkersAsync(pool, new ConfigChanged(values));
}
