// Quiet twin of RegisterWaitForSingleObject: the wait callback signals a SemaphoreSlim (a System.Threading type, not
// worker state); the worker does the clearing itself.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus5b.RegisterWaitForSingleObjectQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly SemaphoreSlim Reloaded = new(0);
}

public static class Reload
{
    public static RegisteredWaitHandle OnSignal(WaitHandle signal)
    {
        var reloaded = HostCache.Current.Reloaded;
        return ThreadPool.RegisterWaitForSingleObject(
            signal,
            (_, timedOut) => reloaded.Release(),
            null,
            Timeout.Infinite,
            executeOnlyOnce: true);
    }
}
