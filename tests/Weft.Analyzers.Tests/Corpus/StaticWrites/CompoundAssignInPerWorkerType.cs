// A method of a per-worker type runs on every worker; its static byte total is shared by all of them.
using Weft;

namespace Corpus.StaticWrites.PerWorkerMember;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TrafficMeter
{
    private static long s_totalBytes;
    private long _bytes;

    public static long TotalBytes => s_totalBytes;

    public void OnRead(int count)
    {
        _bytes += count;
        s_totalBytes += count; // expect: WEFT0006
    }
}
