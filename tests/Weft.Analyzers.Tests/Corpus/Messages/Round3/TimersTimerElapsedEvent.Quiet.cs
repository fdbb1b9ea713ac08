// Round 3. A dispatcher timer on the worker's loop replaces the System.Timers.Timer: the handler runs on the worker.
using System.Collections.Generic;
using System;
using Weft.Threading;
using Weft;

namespace Corpus.Messages.Round3.TimersTimerElapsedEvent;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Sweeper
{
    private DispatcherTimer? _timer;

    public void Start()
    {
        var cache = ConnectionCache.Current;
        _timer = Dispatcher.Current!.CreateTimer(() => cache.Trim());
        _timer.Enable(TimeSpan.FromSeconds(1));
    }
}
