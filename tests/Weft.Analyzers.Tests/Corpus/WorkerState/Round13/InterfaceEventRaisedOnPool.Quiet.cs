// The quiet twin: the handler posts the clear back to the worker's own loop, taken beside the state.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.InterfaceEventRaisedOnPoolQuiet;

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
        var home = Dispatcher.Current!;
        IFeed feed = new PollingFeed();
        feed.Changed += () => home.Post(() => cache.Entries.Clear());
        return feed.Start();
    }
}
