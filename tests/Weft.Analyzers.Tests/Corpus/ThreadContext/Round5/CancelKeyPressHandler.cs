// WEFT0004: Console.CancelKeyPress is raised on a thread of the runtime's signal handling, not on the worker; the
// handler clears the worker's dictionary. Reading: a static event raised on another thread, reported where added.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5b.CancelKeyPressHandler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Shutdown
{
    public static void Hook()
    {
        var cache = HostCache.Current;
        Console.CancelKeyPress += (_, e) => // expect: WEFT0004 #escape
        {
            cache.ByHost.Clear(); // expect: WEFT0004 #escape
            e.Cancel = true;
        };
    }
}
