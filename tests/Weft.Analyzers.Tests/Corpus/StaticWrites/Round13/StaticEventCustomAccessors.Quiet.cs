// The quiet twin: a field-like static event (its compiler-made accessors update the delegate with a compare-exchange
// loop, an atomic update).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.StaticEventCustomAccessorsQuiet;

public static class Reloads
{
    public static event Action? Reloaded;

    public static void Raise() => Reloaded?.Invoke();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteCache
{
    private static void LogReload() => Console.WriteLine("routes reloaded");

    [WorkerUpdate]
    private void Watch() => Reloads.Reloaded += LogReload;
}
