// Round 3. The event is raised inline by the caller (a worker): the handler runs there.
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

    public void Start() => Tick?.Invoke();
}

public static class Wiring
{
    public static void Attach(Clock clock)
    {
        var cache = ConnectionCache.Current;
        clock.Tick += () => cache.Trim();
    }
}
