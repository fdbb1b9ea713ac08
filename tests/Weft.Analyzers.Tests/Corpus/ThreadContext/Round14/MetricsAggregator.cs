// A metrics aggregator that every worker owns (per-worker slot type): request handlers count into its dictionary,
// and a periodic flush ships the counts to a sink in chunks, then resets them. The flush awaits each chunk's write
// with ConfigureAwait(false) inside its loop, so after the loop the method may run on a pool thread: clearing the
// worker's own dictionary there is WEFT0004 (the page: inside a per-worker type, what its fields hold is worker state,
// and its use after the member's own ConfigureAwait(false) is a use off the loop; reported once, at the first use).
// The quiet twin awaits plainly and resumes on the worker.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.MetricsAggregatorDefect;

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
                await sink.WriteAsync(chunk, ct).ConfigureAwait(false);
                shipped += chunk.Length;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
        }

        _counts.Clear(); // expect: WEFT0004
        _maxima.Clear(); // expect: WEFT0004
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
