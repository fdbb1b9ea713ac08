// Quiet twin of MetricsAggregator: the flush awaits each chunk's write plainly, so on a worker's dispatcher it
// resumes on that worker and clears the worker's own dictionaries there.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.MetricsAggregatorQuiet;

public readonly record struct MetricPoint(string Name, long Value, long TimestampMs);

public interface IMetricsSink
{
    Task WriteAsync(IReadOnlyList<MetricPoint> points, CancellationToken ct);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricsAggregator
{
    private const int ChunkSize = 256;
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _maxima = new(StringComparer.Ordinal);

    public void Count(string name, long delta = 1)
    {
        _counts[name] = _counts.GetValueOrDefault(name) + delta;
    }

    public void Observe(string name, long value)
    {
        if (!_maxima.TryGetValue(name, out var max) || value > max)
        {
            _maxima[name] = value;
        }
    }

    public async Task<int> FlushAsync(IMetricsSink sink, long nowMs, CancellationToken ct)
    {
        var points = _counts
            .Select(kv => new MetricPoint(kv.Key, kv.Value, nowMs))
            .Concat(_maxima.Select(kv => new MetricPoint(kv.Key + ".max", kv.Value, nowMs)))
            .ToArray();
        if (points.Length == 0)
        {
            return 0;
        }

        int shipped = 0;
        foreach (var chunk in points.Chunk(ChunkSize))
        {
            try
            {
                await sink.WriteAsync(chunk, ct);
                shipped += chunk.Length;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
        }

        _counts.Clear();
        _maxima.Clear();
        return shipped;
    }

    [WorkerUpdate]
    public void Reset(string prefix)
    {
        foreach (var name in _counts.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _counts.Remove(name);
        }
    }
}
