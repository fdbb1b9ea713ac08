// The quiet twin: the continuation runs on the worker loop's own TaskScheduler.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.ContinueWithDefaultSchedulerQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, string> Entries { get; } = new();
}

public static class Loader
{
    public static Task Load(string key, Task<string> fetch)
    {
        var cache = Cache.Current;
        return fetch.ContinueWith(
            done => cache.Entries[key] = done.Result,
            CancellationToken.None,
            TaskContinuationOptions.None,
            Dispatcher.Current!.TaskScheduler);
    }
}
