// Metrics exporter on a worker: pushes its counters to two backends at once. Defect: the exports are awaited
// with Task.WhenAll(...).ConfigureAwait(false), and the "last exported" stamp is then written through
// ExportState.Current (WEFT0005: Current read after an await that may not resume on the loop).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.StatsExportWhenAll;

public interface IMetricsBackend
{
    Task PushAsync(IReadOnlyList<KeyValuePair<string, long>> counters);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ExportState
{
    public DateTime LastExport { get; set; }
    public int Failures { get; set; }
}

public sealed class DualExporter
{
    private readonly IMetricsBackend _primary;
    private readonly IMetricsBackend _secondary;

    public DualExporter(IMetricsBackend primary, IMetricsBackend secondary)
    {
        _primary = primary;
        _secondary = secondary;
    }

    public async Task ExportAsync(IReadOnlyList<KeyValuePair<string, long>> counters)
    {
        try
        {
            await Task.WhenAll(_primary.PushAsync(counters), _secondary.PushAsync(counters)).ConfigureAwait(false);
        }
        catch (Exception)
        {
            ExportState.Current.Failures++; // expect: WEFT0005
            return;
        }
        ExportState.Current.LastExport = DateTime.UtcNow; // expect: WEFT0005
    }
}
