// A C# 14 extension block on the worker's session cache: FlushLater posts the clear to the calling loop's own
// dispatcher, so the worker's dictionary stays on the worker (quiet twin of ExtensionBlockFlushLater).
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
            Dispatcher.Current!.Post(() => cache.ByToken.Clear());
        public int Size => cache.ByToken.Count;
    }
}

public static class LogoutAllHandler
{
    public static int OnLogoutAll()
    {
        var cache = SessionCache.Current;
        int dropped = cache.Size;
        cache.FlushLater();
        return dropped;
    }
}
