// WEFT0004: a Task built with `new Task(...)` over the worker's dictionary and started later with `Start()`.
// Reading: `Start()` with no scheduler queues to TaskScheduler.Current, which in a posted callback on a worker is the
// default scheduler (the thread pool), so the body runs where `Task.Run`'s would. The docs do not say whether the
// report goes where the task is built or where it is started: both lines carry #escape.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5b.NewTaskStarted;

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
        var task = new Task(() => cache.ByHost.Clear()); // expect: WEFT0004 #escape
        task.Start(); // expect: WEFT0004 #escape
        return task;
    }
}
