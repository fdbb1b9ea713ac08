// Round 2. The factory stored in a local builds a new cache on every call.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.Round2.LocalFunc;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lru
{
    public Dictionary<string, string> Items { get; } = new();
}

public static class Setup
{
    public static void Run(WorkerPool pool)
    {
        Func<Dispatcher, Lru> make = _ => new Lru();
        Lru.Initialize(pool, make);
    }
}
