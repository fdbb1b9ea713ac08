// A feed held through its interface raises Changed from Task.Run in its only implementation; worker code adds a
// handler over its cache to the interface's event (the page: a handler added to an event runs where the event is
// raised; reported where the handler is added).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.InterfaceEventRaisedOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, string> Entries { get; } = new();
}

public interface IFeed
{
    event Action? Changed;

    Task Start();
}

public sealed class PollingFeed : IFeed
{
    public event Action? Changed;

    public Task Start() => Task.Run(() => Changed?.Invoke());
}

public static class Invalidation
{
    public static Task Install()
    {
        var cache = Cache.Current;
        IFeed feed = new PollingFeed();
        feed.Changed += () => cache.Entries.Clear(); // expect: WEFT0004
        return feed.Start();
    }
}
