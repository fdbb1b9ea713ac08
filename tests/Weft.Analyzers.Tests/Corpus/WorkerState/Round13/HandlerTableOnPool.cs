// Maintenance jobs kept in a dictionary filled by an index initializer, each over the worker's cache, read back by a
// deconstructing foreach and queued to the thread pool (the page's table-of-handlers form, with QueueUserWorkItem).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.HandlerTableOnPool;

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
            ThreadPool.QueueUserWorkItem(_ => job()); // expect: WEFT0004
        }
    }
}
