// The read-modify-write spelled out, and a static auto-property bumped: the same lost updates as `++`.
using Weft;

namespace Corpus.StaticWrites.Explicit;

public static class Counters
{
    private static long s_bytes;

    public static int Connections { get; private set; }

    public static long Bytes => s_bytes;

    public static void Wire(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                s_bytes = s_bytes + 512; // expect: WEFT0006
                Connections++; // expect: WEFT0006
            });
        }
    }
}
