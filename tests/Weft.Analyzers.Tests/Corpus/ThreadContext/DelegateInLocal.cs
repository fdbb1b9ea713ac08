// Report place: the docs do not say whether a delegate built in one statement and handed over in another is
// reported where it captures or where it leaves; either line counts (group marker).
// The closure over the worker's cache is built first and handed to the thread pool later, through a local.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

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
        Action forget = () => cache.Forget(session); // expect: WEFT0004 #escape
        _ = Task.Run(forget); // expect: WEFT0004 #escape
    }
}
