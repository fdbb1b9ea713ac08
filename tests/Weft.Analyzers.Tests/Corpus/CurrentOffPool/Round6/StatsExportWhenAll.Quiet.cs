// Quiet twin of StatsExportWhenAll: the per-worker state is read before the await, and the await resumes on the loop.
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
        ExportState state = ExportState.Current;
        try
        {
            await Task.WhenAll(_primary.PushAsync(counters), _secondary.PushAsync(counters));
        }
        catch (Exception)
        {
            state.Failures++;
            return;
        }
        state.LastExport = DateTime.UtcNow;
    }
}
