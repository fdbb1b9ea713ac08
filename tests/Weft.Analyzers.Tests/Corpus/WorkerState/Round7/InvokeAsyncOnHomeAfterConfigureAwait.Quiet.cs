// WEFT0004: after `ConfigureAwait(false)`, the worker's map is cleared from a lambda. The lambda goes to
// `home.InvokeAsync`, the worker's own dispatcher captured before the await: it runs on the owner: quiet.
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

namespace Corpus7b.InvokeAsyncOnHomeAfterConfigureAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Purge
{
    public static async Task RunAsync()
    {
        var cache = Cache.Current;
        var home = Dispatcher.Current!;
        await Task.Delay(1).ConfigureAwait(false);
        await home.InvokeAsync(() => cache.Map.Clear());
    }
}
