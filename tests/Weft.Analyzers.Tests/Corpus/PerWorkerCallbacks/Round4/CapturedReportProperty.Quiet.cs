// Quiet twin of CapturedReportProperty: the report's counter is a field added to with Interlocked.Add.
using System.Threading;
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
    public int Idle;
}

public static class Diagnostics
{
    public static async Task<PoolReport> SnapshotAsync(WorkerPool pool)
    {
        var report = new PoolReport();
        await KeepAlivePool.UpdateAllAsync(pool, p => Interlocked.Add(ref report.Idle, p.Idle));
        return report;
    }
}
