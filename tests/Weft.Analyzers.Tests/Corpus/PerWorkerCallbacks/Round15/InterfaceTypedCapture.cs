// Round 15, WEFT0008, a short request handler: the per-route report collects every worker's count into a captured
// IDictionary<string, long>. The one detail: the object behind the interface is a plain Dictionary, which every worker
// writes at once.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.InterfaceTypedCapture;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerStats
{
    public string Name { get; set; } = "";
    public long Requests { get; set; }
}

public sealed class ReportHandler(WorkerPool pool)
{
    public async Task<IDictionary<string, long>> ByWorkerAsync()
    {
        IDictionary<string, long> byWorker = new Dictionary<string, long>();
        await WorkerStats.UpdateAllAsync(pool, s => byWorker[s.Name] = s.Requests); // expect: WEFT0008
        return byWorker;
    }
}
