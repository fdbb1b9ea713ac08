// Per-worker totals stay in the instance; the shared total uses Interlocked.Add.
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.PerWorkerMember;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TrafficMeter
{
    private static long s_totalBytes;
    private long _bytes;

    public static long TotalBytes => Interlocked.Read(ref s_totalBytes);

    public long Bytes => _bytes;

    public void OnRead(int count)
    {
        _bytes += count;
        Interlocked.Add(ref s_totalBytes, count);
    }
}
