// WEFT0004: clearing the worker's map later, through a dispatcher captured before an await. The captured dispatcher is
// `Dispatcher.Current`, the worker's own loop: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.HomeDispatcherOrMainQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Deferred
{
    public static async Task ClearLaterAsync(WorkerPool pool)
    {
        var cache = Cache.Current;
        var home = Dispatcher.Current!;
        await Task.Delay(5);
        home.Post(() => cache.Map.Clear());
    }
}
