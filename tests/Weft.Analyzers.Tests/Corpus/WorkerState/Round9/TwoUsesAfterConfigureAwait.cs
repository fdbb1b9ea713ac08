// WEFT0004, narrowing MetricsAggregatorService: two uses of the same worker state straight after an await with
// ConfigureAwait(false), with no if around them. Each use runs off the loop; the WEFT0004 page (since engine11) reports
// a variable once per body, at its first use off the loop, so only the first is expected.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R9.TwoUsesAfterConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Stats
{
    public Dictionary<string, long> Requests { get; } = new();

    public Dictionary<string, double> Latency { get; } = new();
}

public static class Export
{
    public static async Task PushAsync(Task upload)
    {
        Stats stats = Stats.Current;
        await upload.ConfigureAwait(false);
        stats.Requests.Clear(); // expect: WEFT0004
        stats.Latency.Clear();
    }
}
