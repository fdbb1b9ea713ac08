// Round 3. The counter is [ThreadStatic]: each worker counts its own beats.
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
    [ThreadStatic]
    private static long s_beats;

    public static DispatcherTimer Start()
    {
        var timer = Dispatcher.Current!.CreateTimer(() => s_beats++);
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }
}
