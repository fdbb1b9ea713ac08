// Quiet twin of JobQueueBackgroundReload: the job only parses; the result is applied to the worker's cache
// in a post back to the worker's own dispatcher.
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
        Dispatcher worker = Dispatcher.Current!;
        jobs.Enqueue(() =>
        {
            string[] lines = File.ReadAllLines(path);
            worker.Post(() => ParserCache.Current.Put(path, lines));
        });
    }
}
