// WEFT0004: after `ConfigureAwait(false)`, the worker's cache is handed as the state of `Post<TState>` (its
// [PassedToCallback] parameter) with a static lambda. To the pool's main dispatcher: the state goes to another thread.
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

namespace Corpus7b.PostWithStateHomeOrMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Handoff
{
    public static async Task RunAsync(WorkerPool pool)
    {
        var cache = Cache.Current;
        var home = Dispatcher.Current!;
        await Task.Delay(1).ConfigureAwait(false);
        pool.Main.Post(static c => c.Map.Clear(), cache); // expect: WEFT0004
    }
}
