// Per-worker request stats with a process-wide total. Defect: the per-worker type's Record adds into a static
// property backed by a static field — a read-modify-write of shared state from worker code (WEFT0006; reading
// taken: a compound assignment to a static property is the same write as to its static field).
using System.Threading;
using Weft;

namespace Corpus6b.StatsTotalsProperty;

public static class ProcessTotals
{
    private static long s_bytes;

    public static long Bytes
    {
        get => s_bytes;
        set => s_bytes = value;
    }

    public static long AddBytes(long amount) => Interlocked.Add(ref s_bytes, amount);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestStats
{
    private long _requests;
    private long _bytes;

    public long Requests => _requests;

    public void Record(int responseBytes)
    {
        _requests++;
        _bytes += responseBytes;
        ProcessTotals.Bytes += responseBytes; // expect: WEFT0006
    }

    public long LocalBytes => _bytes;
}
