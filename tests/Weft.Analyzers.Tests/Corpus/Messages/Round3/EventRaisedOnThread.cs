// Round 3. A user event is raised from a dedicated thread; the handler that subscribes captures the worker's cache. Reading taken: the handler is a delegate stored (in the event's field) and invoked inside a new Thread body; the docs do not say where such a report lands, so either the subscription or the raise.
using System.Collections.Generic;
using System;
using System.Threading;
using Weft;

namespace Corpus.Messages.Round3.EventRaisedOnThread;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Clock
{
    public event Action? Tick;

    public void Start() => new Thread(() => Tick?.Invoke()).Start(); // expect: WEFT0004 #escape
}

public static class Wiring
{
    public static void Attach(Clock clock)
    {
        var cache = ConnectionCache.Current;
        clock.Tick += () => cache.Trim(); // expect: WEFT0004 #escape
    }
}
