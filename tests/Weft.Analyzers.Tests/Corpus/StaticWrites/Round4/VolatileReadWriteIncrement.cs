// WEFT0006: a posted callback bumps a static counter with Volatile.Write(ref s, Volatile.Read(ref s) + 1): each access
// is atomic, the increment is not (WEFT0006 page: "volatile makes each access atomic, not the increment"). Reading
// taken: design.md's quiet "Interlocked/Volatile" idiom covers single Volatile stores and loads, not a read-modify-write
// built from them.
using System.Threading;
using Weft;

namespace Corpus.Round4.VolatileReadWriteIncrement;

public static class Reloads
{
    static int s_generation;

    public static int Generation => Volatile.Read(ref s_generation);

    public static void Bump(WorkerPool pool) =>
        pool.Workers[0].Post(() => Volatile.Write(ref s_generation, Volatile.Read(ref s_generation) + 1)); // expect: WEFT0006
}
