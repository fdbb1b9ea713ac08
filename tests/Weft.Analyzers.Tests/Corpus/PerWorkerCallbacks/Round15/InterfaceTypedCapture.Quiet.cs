// Round 15, WEFT0008 quiet twin: the interface-typed local holds a ConcurrentDictionary (the page: concurrent
// collections stay quiet, also through a local of an interface type that holds one).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.InterfaceTypedCaptureQuiet;

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
        IDictionary<string, long> byWorker = new ConcurrentDictionary<string, long>();
        await WorkerStats.UpdateAllAsync(pool, s => byWorker[s.Name] = s.Requests);
        return byWorker;
    }
}
