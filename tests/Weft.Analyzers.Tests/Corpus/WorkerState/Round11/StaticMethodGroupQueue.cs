// A static method group (not a lambda) is queued to the pool with the worker's dictionary as its state.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.StaticMethodGroupQueue;

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
        ThreadPool.QueueUserWorkItem(Sweep, Sessions.Current.LastSeen, preferLocal: true); // expect: WEFT0004
    }
}
