// WEFT0003: snapshot elements reached through LINQ pipelines before the loop: a foreach over Values.Where(...), a
// GroupBy whose groups hold the snapshot's objects, and an Aggregate whose seed is the snapshot's own list.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus5a.FilteredAndGroupedElements;

public sealed class Lease
{
    public string Zone = "";
    public int Ttl;
}

[ThreadLocalSlot]
public sealed partial class Leases
{
    public Dictionary<string, List<Lease>> ByOwner { get; init; } = new(); // expect: WEFT0001
    public List<Lease> All { get; init; } = new(); // expect: WEFT0001
    public List<string> Expired { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static void Expire()
    {
        foreach (var owned in Leases.Current.ByOwner.Values.Where(l => l.Count > 10))
        {
            owned.RemoveAt(0); // expect: WEFT0003
        }

        foreach (var group in Leases.Current.All.GroupBy(l => l.Zone))
        {
            group.First().Ttl = 0; // expect: WEFT0003
        }

        var expired = Leases.Current.All.Where(l => l.Ttl == 0).Select(l => l.Zone).Aggregate(Leases.Current.Expired, (acc, zone) => { acc.Add(zone); return acc; }); // expect: WEFT0003
        System.Console.WriteLine(expired.Count);
    }
}
