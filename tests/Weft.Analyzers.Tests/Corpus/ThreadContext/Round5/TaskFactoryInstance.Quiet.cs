// Quiet twin of TaskFactoryInstance: the TaskFactory is bound to the calling worker's own TaskScheduler, so StartNew
// runs on the worker that owns the cache (the page: StartNew counts only "on the default scheduler").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.TaskFactoryInstanceQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public sealed class Janitor
{
    public Task Sweep()
    {
        var cache = HostCache.Current;
        var factory = new TaskFactory(Dispatcher.Current!.TaskScheduler);
        return factory.StartNew(() => cache.ByHost.Remove("stale"));
    }
}
