// A realistic component: per-worker latency histograms merged on main each period and published as one long[]
// through a Slot. Two defects: the merged array is a field reused every period, so clearing it (a library call
// that writes its argument) and adding into it above the publish change what the previous period published
// (WEFT0002, published fields).
using System;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.HistogramPublisherComponent;

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
    private readonly long[] _totals = new long[LatencyHistogram.Buckets];

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
        Array.Clear(_totals); // expect: WEFT0002
        foreach (var part in parts)
        {
            for (int b = 0; b < part.Length; b++)
            {
                _totals[b] += part[b]; // expect: WEFT0002
            }
        }

        await _merged.PublishAsync(_totals);
    }
}
