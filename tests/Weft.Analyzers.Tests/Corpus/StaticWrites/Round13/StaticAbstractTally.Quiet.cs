// The quiet twin: the implementation adds with Interlocked.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.StaticAbstractTallyQuiet;

public interface ITally
{
    static abstract void Add(int n);
}

public sealed class GlobalTally : ITally
{
    private static int s_sum;

    public static void Add(int n) => Interlocked.Add(ref s_sum, n);
}

public static class Tallying
{
    public static void Record<T>(int n) where T : ITally => T.Add(n);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Meter
{
    private int _local;

    [WorkerUpdate]
    private void Flush()
    {
        Tallying.Record<GlobalTally>(_local);
        _local = 0;
    }
}
