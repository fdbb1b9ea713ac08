// A per-worker cache raises its static Evicted event from a [WorkerUpdate]; the handler its static constructor
// subscribed appends to a static list, so every worker appends at once. #escape: at the append in the handler or at
// the raise in the update (the pages do not say where an event raised in place is reported).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.EventRaisedInWorkerUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    private static readonly List<string> s_evicted = new();

    private readonly Dictionary<string, int> _byHost = new();

    static Cache() => Evicted += host => s_evicted.Add(host); // expect: WEFT0006 #escape

    public static event Action<string>? Evicted;

    [WorkerUpdate]
    private void Evict(string host)
    {
        if (_byHost.Remove(host))
        {
            Evicted?.Invoke(host); // expect: WEFT0006 #escape
        }
    }
}
