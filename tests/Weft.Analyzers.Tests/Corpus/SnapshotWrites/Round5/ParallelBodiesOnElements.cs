// WEFT0003: snapshot elements handed to BCL bodies that write their parameter: Parallel.ForEach over the snapshot's
// list, and an async Select lambda under Task.WhenAll. The worker reads Current itself; the lambdas get the elements.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.ParallelBodiesOnElements;

public sealed class Probe
{
    public bool Healthy;
}

[ThreadLocalSlot]
public sealed partial class Probes
{
    public List<Probe> All { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static async Task Check()
    {
        var all = Probes.Current.All;
        Parallel.ForEach(all, p => p.Healthy = true); // expect: WEFT0003
        await Task.WhenAll(all.Select(async p => { await Task.Yield(); p.Healthy = false; })); // expect: WEFT0003
    }
}
