// WEFT0004: clearing the worker's map later, through a dispatcher captured before an await. It is the pool's main dispatcher: the callback runs on main, not
// on the owner. Reading: reported at the Post.
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

namespace Corpus7b.HomeDispatcherOrMain;

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
        var home = pool.Main;
        await Task.Delay(5);
        home.Post(() => cache.Map.Clear()); // expect: WEFT0004
    }
}
