// Round 2. Report place: the factory is built in one statement and handed over in the next (group). The factory
// returns the one cache captured from the caller.
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
        var shared = new Lru();
        Func<Dispatcher, Lru> make = _ => shared; // expect: WEFT0008 #factory
        Lru.Initialize(pool, make); // expect: WEFT0008 #factory
    }
}
