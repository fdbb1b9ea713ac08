// Quiet twin of StaticBuilderPostState: the lines go into a static ConcurrentQueue; the text is built on demand.
using System.Collections.Concurrent;
using Weft;

namespace Corpus.Round4.StaticBuilderPostState;

public static class AuditTrail
{
    static readonly ConcurrentQueue<string> s_trail = new();

    public static void Record(WorkerPool pool, int worker, string line) =>
        pool.Workers[worker].Post(static l => s_trail.Enqueue(l), line);

    public static string Text() => string.Join('\n', s_trail);
}
