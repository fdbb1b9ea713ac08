// The quiet twin: the jobs are posted to the worker's own loop.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.HandlerTableOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public List<string> Recent { get; } = new();

    public Dictionary<string, DateTime> Seen { get; } = new();
}

public static class Maintenance
{
    public static void RunAll()
    {
        var sessions = Sessions.Current;
        var jobs = new Dictionary<string, Action>
        {
            ["recent"] = () => sessions.Recent.Clear(),
            ["seen"] = () => sessions.Seen.Clear(),
        };
        foreach (var (name, job) in jobs)
        {
            Dispatcher.Current!.Post(() => job());
        }
    }
}
