// A static abstract interface member adds to a tally; the implementation used here keeps a plain static sum, and a
// generic helper constrained to the interface is called from an update on every worker. #escape: the worker code's
// call, the constrained call, or the add itself.
using Weft;

namespace Corpus.StaticWrites.StaticAbstractTally;

public interface ITally
{
    static abstract void Add(int n);
}

public sealed class GlobalTally : ITally
{
    private static int s_sum;

    public static void Add(int n) => s_sum += n; // expect: WEFT0006 #escape
}

public static class Tallying
{
    public static void Record<T>(int n) where T : ITally => T.Add(n); // expect: WEFT0006 #escape
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private int _local;

    [WorkerUpdate]
    private void Flush()
    {
        Tallying.Record<GlobalTally>(_local); // expect: WEFT0006 #escape
        _local = 0;
    }
}
