// WEFT0006: the scalar form of RefParameterOnStaticStruct: the helper read-modify-writes its `ref long` parameter
// itself (separates "a field of a ref struct parameter").
using Weft;

namespace Corpus.StaticWrites.R8.RefLongHelperOnStatic;

public static class Counters
{
    public static void Bump(ref long counter) => counter++;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    private static long s_ticks;

    [WorkerUpdate]
    public void Tick() => Counters.Bump(ref s_ticks); // expect: WEFT0006
}
