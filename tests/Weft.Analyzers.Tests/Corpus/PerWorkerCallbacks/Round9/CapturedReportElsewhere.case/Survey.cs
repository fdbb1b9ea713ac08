using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.CapturedReportElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Table
{
    public Dictionary<int, string> Rows { get; } = new();
}

public static class Survey
{
    public static async Task<Report> RunAsync(WorkerPool pool)
    {
        var report = new Report();
        long entries = 0;
        int workers = 0;
        await Table.UpdateAllAsync(pool, table =>
        {
            report.Entries += table.Rows.Count; // expect: WEFT0008
            Interlocked.Increment(ref workers);
            Interlocked.Add(ref entries, table.Rows.Count);
        });
        report.Workers = workers;
        return report;
    }
}
