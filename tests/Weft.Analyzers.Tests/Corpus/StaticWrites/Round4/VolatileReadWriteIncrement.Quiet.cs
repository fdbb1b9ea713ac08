// Quiet twin of VolatileReadWriteIncrement: the posted callback publishes a value it did not read from the field
// (a plain Volatile.Write store of the time it ran), which is atomic.
using System;
using System.Threading;
using Weft;

namespace Corpus.Round4.VolatileReadWriteIncrement;

public static class Reloads
{
    static long s_lastReloadTicks;

    public static long LastReloadTicks => Volatile.Read(ref s_lastReloadTicks);

    public static void Bump(WorkerPool pool) =>
        pool.Workers[0].Post(() => Volatile.Write(ref s_lastReloadTicks, DateTime.UtcNow.Ticks));
}
