// Quiet twin of FactoryDelegateInLocal: the factory stored in the local creates an instance per thread.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.FactoryDelegateInLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PreparedStatements
{
    public Dictionary<string, int> Handles { get; } = new();
}

public static class Startup
{
    public static void Configure(WorkerPool pool)
    {
        Func<Dispatcher, PreparedStatements> make = _ => new PreparedStatements();
        PreparedStatements.Initialize(pool, make);
    }
}
