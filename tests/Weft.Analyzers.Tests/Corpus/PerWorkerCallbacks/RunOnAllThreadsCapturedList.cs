// An update run on every thread appends to a list captured from the caller.
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
        var counts = new List<long>();
        await meters.RunOnAllThreadsAsync(m => counts.Add(m.Count)); // expect: WEFT0008
        return counts;
    }
}
