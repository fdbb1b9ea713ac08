// The quiet twin: the kept factory builds a new instance per worker.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.FactoryDelegateLocalQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public List<byte[]> Buffers { get; } = new();
}

public static class Setup
{
    public static void Install(WorkerPool pool)
    {
        Func<Dispatcher, Scratch> make = _ => new Scratch();
        Scratch.Initialize(pool, make);
    }
}
