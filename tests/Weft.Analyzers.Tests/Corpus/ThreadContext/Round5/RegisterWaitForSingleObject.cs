// WEFT0004: ThreadPool.RegisterWaitForSingleObject runs its callback on a thread-pool thread when the handle is set;
// the callback trims the worker's dictionary. The page's table names "ThreadPool" as a whole.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus5b.RegisterWaitForSingleObject;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Reload
{
    public static RegisteredWaitHandle OnSignal(WaitHandle signal)
    {
        var cache = HostCache.Current;
        return ThreadPool.RegisterWaitForSingleObject(
            signal,
            (_, timedOut) => cache.ByHost.Clear(), // expect: WEFT0004
            null,
            Timeout.Infinite,
            executeOnlyOnce: true);
    }
}
