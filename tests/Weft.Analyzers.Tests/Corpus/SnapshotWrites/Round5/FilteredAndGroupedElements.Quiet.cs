// Quiet twin of FilteredAndGroupedElements: the same Where, GroupBy and Aggregate over immutable elements; the loop
// bodies build new values and the Aggregate seed is a fresh list.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.FilteredAndGroupedElementsQuiet;

public sealed record Lease(string Zone, int Ttl);

[ThreadLocalSlot]
public sealed partial class Leases
{
    public ImmutableDictionary<string, ImmutableArray<Lease>> ByOwner { get; init; } = ImmutableDictionary<string, ImmutableArray<Lease>>.Empty;
    public ImmutableArray<Lease> All { get; init; } = ImmutableArray<Lease>.Empty;
}

public static class Worker
{
    public static int Expire()
    {
        int trimmed = 0;
        foreach (var owned in Leases.Current.ByOwner.Values.Where(l => l.Length > 10))
        {
            trimmed += owned.RemoveAt(0).Length;
        }

        var reset = new List<Lease>();
        foreach (var group in Leases.Current.All.GroupBy(l => l.Zone))
        {
            reset.Add(group.First() with { Ttl = 0 });
        }

        var expired = Leases.Current.All.Where(l => l.Ttl == 0).Select(l => l.Zone).Aggregate(new List<string>(), (acc, zone) => { acc.Add(zone); return acc; });
        return trimmed + reset.Count + expired.Count;
    }
}
