// Round 15, WEFT0006 quiet twin: the process-wide totals are two static longs updated with Interlocked.
using System.Threading;
using Weft;

namespace Corpus.Round15.StaticRecordStructWithQuiet;

public readonly record struct Totals(long Requests, long Bytes);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestMeter
{
    private static long s_requests;
    private static long s_bytes;

    public static Totals Snapshot => new(Interlocked.Read(ref s_requests), Interlocked.Read(ref s_bytes));

    public long MineRequests { get; private set; }

    public void OnRequest(int bytes)
    {
        MineRequests++;
        Interlocked.Increment(ref s_requests);
        Interlocked.Add(ref s_bytes, bytes);
    }
}
