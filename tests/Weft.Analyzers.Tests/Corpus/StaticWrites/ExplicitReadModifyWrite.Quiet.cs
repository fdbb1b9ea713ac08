// Interlocked for both, with the property backed by a field.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.Explicit;

public static class Counters
{
    private static long s_bytes;
    private static int s_connections;

    public static int Connections => Volatile.Read(ref s_connections);

    public static long Bytes => Interlocked.Read(ref s_bytes);

    public static void Wire(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                Interlocked.Add(ref s_bytes, 512);
                Interlocked.Increment(ref s_connections);
            });
        }
    }
}
