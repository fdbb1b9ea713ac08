// WEFT0008: a switch-expression factory returns a captured, pre-warmed instance on one arm: every worker that
// takes that arm shares one object meant to be per worker.
// Reported at the factory or at the arm that returns the captured instance (the page does not say which): #escape.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.R8.SwitchArmReturnsCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class Setup
{
    public static void Init(WorkerPool pool, DnsCache warm)
    {
        DnsCache.Initialize(pool, (Dispatcher d) => d.Name switch // expect: WEFT0008 #escape
        {
            "" => new DnsCache(),
            _ => warm, // expect: WEFT0008 #escape
        });
    }
}
