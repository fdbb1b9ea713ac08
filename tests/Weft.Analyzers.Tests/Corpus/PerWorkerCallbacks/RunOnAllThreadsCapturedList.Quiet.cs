// The update writes into a concurrent bag; a lock-protected list works too.
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.CapturedList;

public sealed class Meter
{
    public long Count { get; set; }
}

public static class MeterAdmin
{
    public static async Task<List<long>> CollectAsync(Slot<Meter> meters)
    {
        var counts = new ConcurrentBag<long>();
        await meters.RunOnAllThreadsAsync(m => counts.Add(m.Count));
        var gate = new object();
        var ordered = new List<long>();
        await meters.RunOnAllThreadsAsync(m =>
        {
            lock (gate)
            {
                ordered.Add(m.Count);
            }
        });
        return ordered;
    }
}
