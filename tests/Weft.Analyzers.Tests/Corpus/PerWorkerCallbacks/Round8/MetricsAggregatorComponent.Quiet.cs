// The clean twin: the merge takes a lock on the captured totals inside the update, and the exporter copies the
// worker's counters into an array of value tuples on the worker before Task.Run.
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.MetricsAggregatorComponentQuiet;

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
            lock (totals)
            {
                foreach (var (name, value) in metrics.Counters)
                {
                    totals[name] = totals.GetValueOrDefault(name) + value;
                }
            }
        });
        return totals;
    }

    public static Task DumpLocalAsync(string path)
    {
        var samples = WorkerMetrics.Current.Counters.Select(kv => new Sample(kv.Key, kv.Value)).ToArray();
        return Task.Run(() =>
        {
            var text = new StringBuilder();
            foreach (var sample in samples.OrderBy(s => s.Name))
            {
                text.Append(sample.Name).Append(' ').Append(sample.Value).AppendLine();
            }

            File.WriteAllText(path, text.ToString());
        });
    }

    public Task ResetAsync() => WorkerMetrics.ResetOnAllWorkersAsync(pool);
}
