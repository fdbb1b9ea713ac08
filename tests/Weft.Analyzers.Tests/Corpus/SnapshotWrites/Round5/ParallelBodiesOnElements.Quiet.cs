// Quiet twin of ParallelBodiesOnElements: the Parallel.ForEach and async Select bodies read the immutable elements and
// write results into a ConcurrentBag of the worker's own.
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.ParallelBodiesOnElementsQuiet;

public sealed record Probe(string Name, bool Healthy);

[ThreadLocalSlot]
public sealed partial class Probes
{
    public ImmutableArray<Probe> All { get; init; } = ImmutableArray<Probe>.Empty;
}

public static class Worker
{
    public static async Task<int> Check()
    {
        var all = Probes.Current.All;
        var results = new ConcurrentBag<string>();
        Parallel.ForEach(all, p => results.Add(p.Name));
        await Task.WhenAll(all.Select(async p => { await Task.Yield(); results.Add(p.Name); }));
        return results.Count;
    }
}
