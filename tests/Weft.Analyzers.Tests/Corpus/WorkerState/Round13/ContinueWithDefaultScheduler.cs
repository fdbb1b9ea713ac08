// A continuation on TaskScheduler.Default (named at the call) records a finished load into the worker's cache.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.ContinueWithDefaultScheduler;

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
            done => cache.Entries[key] = done.Result, // expect: WEFT0004 #escape
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default); // expect: WEFT0004 #escape
    }
}
