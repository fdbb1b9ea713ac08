// Quiet twin: the static log is a ConcurrentQueue.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.R11.StaticLocalFunctionInPostQuiet;

public static class Broadcast
{
    private static readonly ConcurrentQueue<string> s_log = new();

    public static void Announce(WorkerPool pool, string text)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                Record(text);

                static void Record(string line) => s_log.Enqueue(line);
            });
        }
    }
}
