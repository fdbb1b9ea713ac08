// WEFT0008: the callback run on every worker increments a property of a captured report object.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedReportProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class KeepAlivePool
{
    public int Idle { get; set; }
}

public sealed class PoolReport
{
    public int Idle { get; set; }
}

public static class Diagnostics
{
    public static async Task<PoolReport> SnapshotAsync(WorkerPool pool)
    {
        var report = new PoolReport();
        await KeepAlivePool.UpdateAllAsync(pool, p => report.Idle += p.Idle); // expect: WEFT0008
        return report;
    }
}
