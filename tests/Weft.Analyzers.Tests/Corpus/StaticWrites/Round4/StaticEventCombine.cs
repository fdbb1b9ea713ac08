// WEFT0006: a [WorkerUpdate] method subscribes to a static delegate field with `+=` — Delegate.Combine is a read, a
// combine and a write, and concurrent subscriptions from several workers lose handlers (page: `s_n += x` on a static
// field).
using System;
using Weft;

namespace Corpus.Round4.StaticEventCombine;

public static class ConfigEvents
{
    public static Action<string>? s_onReload;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ListenerState
{
    [WorkerUpdate]
    void Subscribe(string name)
    {
        ConfigEvents.s_onReload += changed => Console.WriteLine(name + ": " + changed); // expect: WEFT0006
    }
}
