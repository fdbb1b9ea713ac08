// WEFT0004: a helper that uses ConfigureAwait(false) inside, awaited by worker code that then writes its state.
// The caller's own await is plain: it resumes on the worker's loop whatever the helper did inside: quiet.
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

namespace Corpus7b.AwaitedHelperWithInnerConfigureAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Loader
{
    private static async Task<int> FetchAsync(string key)
    {
        await Task.Delay(1).ConfigureAwait(false);
        return key.Length;
    }

    public static async Task LoadAsync(string key)
    {
        var cache = Cache.Current;
        var value = await FetchAsync(key);
        cache.Map[key] = value;
    }
}
