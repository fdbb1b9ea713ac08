// WEFT0008: the per-worker factory is a lambda stored in a Func<Dispatcher, T> local first; it returns the captured
// shared instance. #escape: report on the lambda or on the Initialize call.
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
        var shared = new PreparedStatements();
        Func<Dispatcher, PreparedStatements> make = _ => shared; // expect: WEFT0008 #escape
        PreparedStatements.Initialize(pool, make); // expect: WEFT0008 #escape
    }
}
