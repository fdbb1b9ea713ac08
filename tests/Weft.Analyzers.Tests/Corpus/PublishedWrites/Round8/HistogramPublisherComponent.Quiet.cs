// The clean twin: every period merges into a new array and publishes that.
using System;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.HistogramPublisherComponentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LatencyHistogram
{
    public const int Buckets = 32;
    private readonly long[] _counts = new long[Buckets];

    public void Record(TimeSpan latency)
    {
        int bucket = Math.Min(Buckets - 1, (int)Math.Log2(Math.Max(1, latency.TotalMicroseconds)));
        _counts[bucket]++;
    }

    public long[] TakeCounts()
    {
        var copy = (long[])_counts.Clone();
        Array.Clear(_counts);
        return copy;
    }
}

public sealed class HistogramPublisher
{
    private readonly WorkerPool _pool;
    private readonly Slot<long[]> _merged;

    public HistogramPublisher(WorkerPool pool)
    {
        _pool = pool;
        _merged = pool.AllocateSlot<long[]>();
        LatencyHistogram.Initialize(pool, _ => new LatencyHistogram());
    }

    public async Task PublishPeriodAsync()
    {
        var parts = await Task.WhenAll(
            _pool.Workers.Select(worker => worker.InvokeAsync(() => LatencyHistogram.Current.TakeCounts())));
        var totals = new long[LatencyHistogram.Buckets];
        foreach (var part in parts)
        {
            for (int b = 0; b < part.Length; b++)
            {
                totals[b] += part[b];
            }
        }

        await _merged.PublishAsync(totals);
    }
}
