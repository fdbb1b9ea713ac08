// Round 3. A dispatcher timer callback (worker code, each worker its own timer) increments a static counter.
using System.Collections.Generic;
using System;
using Weft.Threading;
using Weft;

namespace Corpus.Idioms.Round3.DispatcherTimerStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Heartbeat
{
    private static long s_beats;

    public static DispatcherTimer Start()
    {
        var timer = Dispatcher.Current!.CreateTimer(() => s_beats++); // expect: WEFT0006
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }
}
