// A static ConcurrentDictionary written from worker callbacks.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.StaticWrites.Indexer;

public static class LastSeen
{
    private static readonly ConcurrentDictionary<string, long> s_byWorker = new();

    public static void Heartbeat(WorkerPool pool)
    {
        for (int i = 0; i < pool.Workers.Count; i++)
        {
            var worker = pool.Workers[i];
            worker.Post(() => { s_byWorker.AddOrUpdate(worker.Name, _ => System.Environment.TickCount64, (_, _) => System.Environment.TickCount64); });
        }
    }
}
