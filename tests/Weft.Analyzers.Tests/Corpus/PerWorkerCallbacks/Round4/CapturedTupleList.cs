// WEFT0008: a captured value tuple carries a List; the callback run on every worker adds to it (page: "a captured
// local … (or what they hold)").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedTupleList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamHealth
{
    public List<string> Down { get; } = new();
}

public static class HealthSummary
{
    public static async Task<List<string>> CollectAsync(WorkerPool pool)
    {
        var acc = (Down: new List<string>(), Workers: 0);
        await UpstreamHealth.UpdateAllAsync(pool, h => acc.Down.AddRange(h.Down)); // expect: WEFT0008
        return acc.Down;
    }
}
