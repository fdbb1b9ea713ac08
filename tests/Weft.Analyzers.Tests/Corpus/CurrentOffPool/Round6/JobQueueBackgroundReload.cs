// Config reload jobs run on a team-written background job queue whose Enqueue marks its delegate
// [RunsOnAnotherThread]. Defect: the job body reads the worker's ParserCache through Current (WEFT0005: a callback
// an API marks [RunsOnAnotherThread]).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus6b.JobQueueBackgroundReload;

public sealed class BackgroundJobs : IDisposable
{
    private readonly BlockingCollection<Action> _jobs = new();
    private readonly Thread _thread;

    public BackgroundJobs()
    {
        _thread = new Thread(() => { foreach (Action job in _jobs.GetConsumingEnumerable()) job(); }) { IsBackground = true };
        _thread.Start();
    }

    public void Enqueue([RunsOnAnotherThread] Action job) => _jobs.Add(job);

    public void Dispose() => _jobs.CompleteAdding();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ParserCache
{
    private readonly Dictionary<string, string[]> _parsed = new(StringComparer.Ordinal);

    public void Put(string path, string[] lines) => _parsed[path] = lines;

    public bool TryGet(string path, out string[]? lines) => _parsed.TryGetValue(path, out lines);
}

public static class ReloadOnWorker
{
    public static void Reload(BackgroundJobs jobs, string path)
    {
        jobs.Enqueue(() =>
        {
            string[] lines = File.ReadAllLines(path);
            ParserCache.Current.Put(path, lines); // expect: WEFT0005
        });
    }
}
