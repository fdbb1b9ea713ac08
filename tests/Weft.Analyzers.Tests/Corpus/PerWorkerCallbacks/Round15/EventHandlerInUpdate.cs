// Round 15, WEFT0008 through an event: the report handler makes a meter whose Sampled event it handles with a lambda
// summing into a captured local, then calls the meter from a callback run on every worker; the meter raises the event,
// so the handler's `+=` runs on every worker at once. The page names "the handlers of one of your events it raises,
// added by any class"; here the callback raises it through the meter's method. Reading taken: #escape group on the
// handler's write and on the callback's call.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.EventHandlerInUpdate;

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
        meter.Sampled += depth => total += depth; // expect: WEFT0008 #sampled
        await QueueDepth.UpdateAllAsync(pool, q => meter.Sample(q.Depth)); // expect: WEFT0008 #sampled
        return total;
    }
}
