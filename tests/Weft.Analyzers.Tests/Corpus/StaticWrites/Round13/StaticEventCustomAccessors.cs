// A static event whose own add accessor appends to a static list, subscribed from a per-worker type's update on every
// worker (the page: "+=/-= on a static event whose own add/remove accessors change a static collection").
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.StaticEventCustomAccessors;

public static class Reloads
{
    private static readonly List<Action> s_handlers = new();

    public static event Action Reloaded
    {
        add => s_handlers.Add(value);
        remove => s_handlers.Remove(value);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteCache
{
    private static void LogReload() => Console.WriteLine("routes reloaded");

    [WorkerUpdate]
    private void Watch() => Reloads.Reloaded += LogReload; // expect: WEFT0006
}
