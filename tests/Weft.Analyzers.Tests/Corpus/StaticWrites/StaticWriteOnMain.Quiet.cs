// Statics written during start-up on the main thread, before any worker code runs, and under a lock from workers.
// Decision: a write under `lock` is synchronised and stays quiet for WEFT0006 (the WEFT0008 page says so for its
// rule; the WEFT0006 page does not say either way).
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.OnMain;

public static class Startup
{
    private static readonly object s_gate = new();
    private static readonly List<string> s_log = new();
    private static int s_starts;

    public static WorkerPool Start()
    {
        s_starts++;
        s_log.Add("starting");
        var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                lock (s_gate)
                {
                    s_log.Add(worker.Name + " up");
                }
            });
        }

        return pool;
    }

    public static int Starts => s_starts;
}
