// Quiet twin of CapturedLocalAssigned: Interlocked.CompareExchange on the captured local keeps the first one seen.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedLocalAssigned;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestTracer
{
    public string? LastTraceId { get; set; }
}

public static class TraceProbe
{
    public static async Task<string?> AnyTraceIdAsync(WorkerPool pool)
    {
        string? seen = null;
        await RequestTracer.UpdateAllAsync(pool, t =>
        {
            if (t.LastTraceId is { } id) Interlocked.CompareExchange(ref seen, id, null);
        });
        return seen;
    }
}
