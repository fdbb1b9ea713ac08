// Quiet twin of OnceAfterConfigureAwait: the await keeps the loop's context (ConfigureAwait(true)).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.OnceAfterConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Stats
{
    public Dictionary<string, long> Requests { get; } = new();
    public List<double> Latency { get; } = new();
    public long Resets;
}

public static class Export
{
    public static async Task ExportAsync(Task<bool> upload)
    {
        var stats = Stats.Current;
        bool ok = await upload.ConfigureAwait(true);
        if (ok)
        {
            stats.Requests.Clear();
            stats.Latency.Clear();
        }
        stats.Resets++;
    }
}
