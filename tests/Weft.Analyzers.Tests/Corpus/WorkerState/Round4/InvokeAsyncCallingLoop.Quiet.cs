// Quiet: InvokeAsync on the calling loop (Dispatcher.Current, [CallingThreadLoop]) runs the function on this worker,
// which owns the cache.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.InvokeAsyncCallingLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    public Dictionary<string, string> Sessions { get; } = new();
}

public sealed class SessionStats
{
    public Task<int> CountLaterAsync()
    {
        var cache = SessionCache.Current;
        return Dispatcher.Current!.InvokeAsync(() => cache.Sessions.Count);
    }
}
