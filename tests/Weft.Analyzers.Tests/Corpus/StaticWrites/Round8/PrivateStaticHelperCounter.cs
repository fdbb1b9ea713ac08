// WEFT0006: the member form of StaticLocalFunctionCounter: a private static method of the per-worker type does the
// increment (the page: reported there once, not again where the member is called).
using Weft;

namespace Corpus.StaticWrites.R8.PrivateStaticHelperCounter;

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
    }

    private static void Count() => s_refills++; // expect: WEFT0006
}
