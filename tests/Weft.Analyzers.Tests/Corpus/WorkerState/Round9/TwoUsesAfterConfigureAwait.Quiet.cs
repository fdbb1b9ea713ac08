// WEFT0004, narrowing MetricsAggregatorService: two uses of the same worker state straight after an await with
// ConfigureAwait(false), with no if around them. Each use runs off the loop; both are expected.
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
        await upload;
        stats.Requests.Clear();
        stats.Latency.Clear();
    }
}
