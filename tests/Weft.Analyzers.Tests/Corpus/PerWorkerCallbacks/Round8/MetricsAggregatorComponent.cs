// A realistic component: per-worker metric counters merged on main. Two defects: the merge adds into a captured
// Dictionary from an update that runs on every worker at once (WEFT0008), and the exporter hands the worker's own
// counters to Task.Run (WEFT0004).
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.MetricsAggregatorComponent;

public readonly record struct Sample(string Name, long Value);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerMetrics
{
    private readonly Dictionary<string, long> _counters = new();
    private readonly Dictionary<string, List<long>> _histograms = new();

    public IReadOnlyDictionary<string, long> Counters => _counters;

    public void Add(string name, long delta = 1) => _counters[name] = _counters.GetValueOrDefault(name) + delta;

    public void Observe(string name, long value)
    {
        if (!_histograms.TryGetValue(name, out var values))
        {
            _histograms[name] = values = new List<long>();
        }

        values.Add(value);
    }

    [WorkerUpdate] public void Reset() { _counters.Clear(); _histograms.Clear(); }
}

public sealed class MetricsAggregator(WorkerPool pool)
{
    public async Task<IReadOnlyDictionary<string, long>> MergeAsync()
    {
        var totals = new Dictionary<string, long>();
        await WorkerMetrics.UpdateAllAsync(pool, metrics =>
        {
            foreach (var (name, value) in metrics.Counters)
            {
                totals[name] = totals.GetValueOrDefault(name) + value; // expect: WEFT0008
            }
        });
        return totals;
    }

    public static Task DumpLocalAsync(string path)
    {
        var mine = WorkerMetrics.Current;
        return Task.Run(() => // expect: WEFT0004 #escape
        {
            var text = new StringBuilder();
            foreach (var (name, value) in mine.Counters.OrderBy(kv => kv.Key)) // expect: WEFT0004 #escape
            {
                text.Append(name).Append(' ').Append(value).AppendLine();
            }

            File.WriteAllText(path, text.ToString());
        });
    }

    public Task ResetAsync() => WorkerMetrics.ResetOnAllWorkersAsync(pool);
}
