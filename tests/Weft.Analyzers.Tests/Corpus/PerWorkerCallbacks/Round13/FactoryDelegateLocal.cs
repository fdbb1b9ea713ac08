// A per-worker factory is kept in a Func local before it is handed to Initialize; it returns the one instance it
// captured, so every worker shares it.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.FactoryDelegateLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public List<byte[]> Buffers { get; } = new();
}

public static class Setup
{
    public static void Install(WorkerPool pool)
    {
        var shared = new Scratch();
        Func<Dispatcher, Scratch> make = _ => shared; // expect: WEFT0008
        Scratch.Initialize(pool, make);
    }
}
