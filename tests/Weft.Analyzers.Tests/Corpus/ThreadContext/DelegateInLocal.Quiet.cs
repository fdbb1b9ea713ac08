// The same closure, posted to the worker's own dispatcher: it runs on the thread that owns the cache.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.DelegateLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    private readonly Dictionary<string, DateTime> _lastSeen = new();

    public void Touch(string session) => _lastSeen[session] = DateTime.UtcNow;

    public void Forget(string session) => _lastSeen.Remove(session);
}

public static class SessionHandler
{
    public static void OnClosed(string session)
    {
        var cache = SessionCache.Current;
        Action forget = () => cache.Forget(session);
        Dispatcher.Current!.Post(forget);
    }
}
