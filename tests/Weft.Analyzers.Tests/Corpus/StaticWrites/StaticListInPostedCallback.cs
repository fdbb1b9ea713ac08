// Callbacks posted to every worker append to one static List at once.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.StaticList;

public static class Tracing
{
    private static readonly List<string> s_events = new();

    public static void Ping(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => s_events.Add("ping " + worker.Name)); // expect: WEFT0006
        }
    }
}
