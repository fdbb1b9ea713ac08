// A concurrent queue takes the events from every worker.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.StaticWrites.StaticList;

public static class Tracing
{
    private static readonly ConcurrentQueue<string> s_events = new();

    public static void Ping(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => s_events.Enqueue("ping " + worker.Name));
        }
    }
}
