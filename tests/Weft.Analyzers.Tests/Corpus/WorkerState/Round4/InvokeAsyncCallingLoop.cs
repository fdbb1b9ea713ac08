// WEFT0004: the twin of InvokeAsyncCallingLoop.Quiet that runs the function on the main dispatcher: main reads the
// worker's dictionary while the worker may be changing it ("a callback posted to another dispatcher").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.InvokeAsyncCallingLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    public Dictionary<string, string> Sessions { get; } = new();
}

public sealed class SessionStats
{
    public Task<int> CountLaterAsync(WorkerPool pool)
    {
        var cache = SessionCache.Current;
        return pool.Main.InvokeAsync(() => cache.Sessions.Count); // expect: WEFT0004
    }
}
