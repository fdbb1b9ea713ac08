// Worker code that shares statics the right way: Interlocked, Volatile, CompareExchange, concurrent collections,
// and Weft's own per-worker stats.
using System.Collections.Concurrent;
using System.Threading;
using Weft;
using Weft.Stats;

namespace Corpus.Idioms.Atomics;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestLog
{
    private static long s_requests;
    private static bool s_draining;
    private static string? s_firstPath;
    private static readonly ConcurrentDictionary<string, int> s_byPath = new();
    private static readonly ConcurrentQueue<string> s_slow = new();
    private int _local;

    [WorkerUpdate]
    private void Record(string path)
    {
        _local++;
        Interlocked.Increment(ref s_requests);
        Interlocked.CompareExchange(ref s_firstPath, path, null);
        s_byPath.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (path.Length > 100)
        {
            s_slow.Enqueue(path);
        }

        if (Volatile.Read(ref s_draining))
        {
            _local = 0;
        }
    }

    public static void Drain() => Volatile.Write(ref s_draining, true);
}

public static class Metrics
{
    public static void Wire(WorkerPool pool)
    {
        Counter requests = pool.Stats.Counter("app.requests");
        Gauge open = pool.Stats.Gauge("app.open");
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                requests.Increment();
                open.Increment();
            });
        }
    }
}
