// Quiet twin of AsyncLocalFunctionAwaitedLater: the local function's await is plain, so it resumes on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.AsyncLocalFunctionAwaitedLaterQuiet;

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
            await Task.Delay(10);
            cache.ByHost["refreshed"] = 1;
        }

        Task pending = RefreshAsync();
        await otherWork();
        await pending;
    }
}
