// A C# 14 extension block on the worker's session cache: FlushLater hands its receiver to the thread pool. Called on
// the worker's Current, the worker's dictionary is cleared on the pool (WEFT0004, reported at the receiver of the
// call, as the page says for an extension block's member).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R16.ExtensionBlockFlushLater;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    public Dictionary<string, string> ByToken { get; } = new();
}

public static class SessionCacheExtensions
{
    extension(SessionCache cache)
    {
        public void FlushLater() =>
            ThreadPool.QueueUserWorkItem(_ => cache.ByToken.Clear());
        public int Size => cache.ByToken.Count;
    }
}

public static class LogoutAllHandler
{
    public static int OnLogoutAll()
    {
        var cache = SessionCache.Current;
        int dropped = cache.Size;
        cache.FlushLater(); // expect: WEFT0004
        return dropped;
    }
}
