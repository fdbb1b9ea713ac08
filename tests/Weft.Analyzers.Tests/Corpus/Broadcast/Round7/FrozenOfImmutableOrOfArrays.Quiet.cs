// WEFT0007: a FrozenDictionary broadcast as the state of RunOnAllThreadsAsync<TState>. Its values are
// ImmutableArray<int>: deeply immutable: quiet.
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

namespace Corpus7b.FrozenOfImmutableOrOfArraysQuiet;

public static class Weights
{
    public static async Task PushAsync(WorkerPool pool, IReadOnlyDictionary<string, int[]> source)
    {
        var slot = pool.AllocateSlot<Dictionary<string, int>>();
        slot.Set(_ => new Dictionary<string, int>());
        var frozen = source.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray());
        await slot.RunOnAllThreadsAsync(static (mine, all) => { foreach (var p in all) mine[p.Key] = p.Value.Sum(); }, frozen);
    }
}
