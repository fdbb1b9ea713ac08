// Twin: the static local function increments atomically.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R8.StaticLocalFunctionCounterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private static long s_refills;
    private int _tokens;

    [WorkerUpdate]
    public void Refill(int tokens)
    {
        _tokens = tokens;
        Count();

        static void Count() => Interlocked.Increment(ref s_refills);
    }
}
