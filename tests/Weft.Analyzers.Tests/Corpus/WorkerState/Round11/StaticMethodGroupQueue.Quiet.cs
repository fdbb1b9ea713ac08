// Quiet twin: the sweep is posted to the worker's own loop with Post<TState>.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R11.StaticMethodGroupQueueQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Dictionary<string, long> LastSeen { get; } = new();
}

public static class Sweeper
{
    private static void Sweep(Dictionary<string, long> lastSeen) => lastSeen.Clear();

    public static void Schedule()
    {
        Dispatcher.Current!.Post(Sweep, Sessions.Current.LastSeen);
    }
}
