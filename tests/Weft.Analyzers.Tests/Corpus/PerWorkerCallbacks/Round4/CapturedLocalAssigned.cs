// WEFT0008: a plain assignment (no increment) to a captured local from the callback run on every worker (page:
// "assigns, increments or mutates a captured local"): the last writer wins at random.
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
        await RequestTracer.UpdateAllAsync(pool, t => seen = t.LastTraceId ?? seen); // expect: WEFT0008
        return seen;
    }
}
