// Quiet twin of NewTaskStarted: the same `new Task(...)`, started on the calling worker's own TaskScheduler
// (Dispatcher.Current's), so the body runs on the worker that owns the dictionary.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.NewTaskStartedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Eviction
{
    public static Task EvictLater()
    {
        var cache = HostCache.Current;
        var task = new Task(() => cache.ByHost.Clear());
        task.Start(Dispatcher.Current!.TaskScheduler);
        return task;
    }
}
