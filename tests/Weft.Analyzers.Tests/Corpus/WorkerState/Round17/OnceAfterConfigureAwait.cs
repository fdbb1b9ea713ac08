// WEFT0004: after `await … ConfigureAwait(false)`, three uses of one variable holding the worker's stats. Page: "A
// variable is reported once per method or lambda, at its first use off the loop ... (stats.Requests.Clear();
// stats.Latency.Clear(); after the await is one report, at the first line)".
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
        bool ok = await upload.ConfigureAwait(false);
        if (ok)
        {
            stats.Requests.Clear(); // expect: WEFT0004
            stats.Latency.Clear();
        }
        stats.Resets++;
    }
}
