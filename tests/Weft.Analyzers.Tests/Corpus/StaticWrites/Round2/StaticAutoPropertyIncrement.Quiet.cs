// Round 2. The static counter is a field bumped with Interlocked and read through a property.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.Round2.AutoProperty;

public static class Stats
{
    private static int s_served;

    public static int Served => Volatile.Read(ref s_served);

    public static void Start(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => Interlocked.Increment(ref s_served));
        }
    }
}
