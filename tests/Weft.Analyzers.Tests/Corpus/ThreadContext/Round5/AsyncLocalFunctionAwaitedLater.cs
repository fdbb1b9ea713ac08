// WEFT0004: an async local function over the worker's dictionary awaits with ConfigureAwait(false) and writes after
// it; the caller starts it, does other work, and awaits the task later.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.AsyncLocalFunctionAwaitedLater;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Refresh
{
    public static async Task RunAsync(Func<Task> otherWork)
    {
        var cache = HostCache.Current;

        async Task RefreshAsync()
        {
            await Task.Delay(10).ConfigureAwait(false);
            cache.ByHost["refreshed"] = 1; // expect: WEFT0004
        }

        Task pending = RefreshAsync();
        await otherWork();
        await pending;
    }
}
