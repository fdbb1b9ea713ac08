// WEFT0006: a [WorkerUpdate] method calls a static local function that increments a static field.
using Weft;

namespace Corpus.StaticWrites.R8.StaticLocalFunctionCounter;

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

        static void Count() => s_refills++; // expect: WEFT0006
    }
}
