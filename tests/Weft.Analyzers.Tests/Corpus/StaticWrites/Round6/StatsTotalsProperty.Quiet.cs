// Quiet twin of StatsTotalsProperty: the total is added with Interlocked on the static field.
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
        ProcessTotals.AddBytes(responseBytes);
    }

    public long LocalBytes => _bytes;
}
