// Round 3. An event handler on a System.Timers.Timer: Elapsed is raised on a thread-pool thread.
using System.Collections.Generic;
using System.Timers;
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
    private readonly Timer _timer = new(1000);

    public void Start()
    {
        var cache = ConnectionCache.Current;
        _timer.Elapsed += (_, _) => cache.Trim(); // expect: WEFT0004
        _timer.Start();
    }
}
