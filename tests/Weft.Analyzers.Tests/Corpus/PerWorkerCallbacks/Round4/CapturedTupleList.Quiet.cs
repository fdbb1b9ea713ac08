// Quiet twin of CapturedTupleList: the tuple carries a ConcurrentBag (page: concurrent collections stay quiet).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
        var acc = (Down: new ConcurrentBag<string>(), Workers: 0);
        await UpstreamHealth.UpdateAllAsync(pool, h => { foreach (var host in h.Down) acc.Down.Add(host); });
        return acc.Down.ToList();
    }
}
