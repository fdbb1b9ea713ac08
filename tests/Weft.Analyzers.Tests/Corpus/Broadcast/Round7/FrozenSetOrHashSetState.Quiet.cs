// WEFT0007: the state of `Slot<T>.RunOnAllThreadsAsync<TState>`, a set of blocked names. `ToFrozenSet()`: immutable:
// quiet.
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

namespace Corpus7b.FrozenSetOrHashSetStateQuiet;

public static class Blocking
{
    public static async Task BlockAsync(WorkerPool pool, IEnumerable<string> names)
    {
        var slot = pool.AllocateSlot<HashSet<string>>();
        slot.Set(_ => new HashSet<string>());
        await slot.RunOnAllThreadsAsync(static (set, blocked) => set.UnionWith(blocked), names.ToFrozenSet());
    }
}
