// Round 15, WEFT0008 quiet twin: the event handler adds with Interlocked.Add.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.EventHandlerInUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class QueueDepth
{
    public long Depth { get; set; }
}

public sealed class Meter
{
    public event Action<long>? Sampled;

    public void Sample(long value) => Sampled?.Invoke(value);
}

public sealed class DepthReport(WorkerPool pool)
{
    public async Task<long> TotalAsync()
    {
        long total = 0;
        var meter = new Meter();
        meter.Sampled += depth => Interlocked.Add(ref total, depth);
        await QueueDepth.UpdateAllAsync(pool, q => meter.Sample(q.Depth));
        return total;
    }
}
