// A static Dictionary written through its indexer from worker callbacks.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.Indexer;

public static class LastSeen
{
    private static readonly Dictionary<string, long> s_byWorker = new();

    public static void Heartbeat(WorkerPool pool)
    {
        for (int i = 0; i < pool.Workers.Count; i++)
        {
            var worker = pool.Workers[i];
            worker.Post(() => { s_byWorker[worker.Name] = System.Environment.TickCount64; }); // expect: WEFT0006
        }
    }
}
