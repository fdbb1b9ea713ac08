using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.SharedMetricsSink;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionStats
{
    public long Opened { get; set; }
    public long BytesIn { get; set; }
}

public sealed class ReportHandler(WorkerPool pool)
{
    public async Task<IReadOnlyDictionary<string, long>> ReportAsync()
    {
        var sink = new MetricsSink();
        await ConnectionStats.UpdateAllAsync(pool, s =>
        {
            sink.Record("opened", s.Opened); // expect: WEFT0008
        });
        return sink.Totals;
    }
}
