// WEFT0004: `Task.Delay(..).ContinueWith(..)` as a poor man's timer; the continuation (default scheduler) clears the
// worker's dictionary on a thread-pool thread.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5b.DelayContinueWith;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Expiry
{
    public static void ExpireSoon()
    {
        var byHost = HostCache.Current.ByHost;
        _ = Task.Delay(250).ContinueWith(_ => byHost.Clear()); // expect: WEFT0004
    }
}
