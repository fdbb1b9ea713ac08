// Upstream selection: a helper on the snapshot returns the members of a cluster, and the caller on a worker
// sorts them by its own latency numbers before picking. Defect: the helper returns the snapshot's own list, and
// Sort reorders it in place for every worker (WEFT0003; issue 10: "a helper that returns snapshot data that the
// caller then writes"; WEFT0001 on the mutable member).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus6b.SnapshotHelperReturnsList;

public sealed record Member(string Address, int Weight);

[ThreadLocalSlot]
public sealed partial class ClusterMap
{
    public ImmutableDictionary<string, List<Member>> Clusters { get; init; } = ImmutableDictionary<string, List<Member>>.Empty; // expect: WEFT0001

    public List<Member> MembersOf(string cluster) => Clusters.TryGetValue(cluster, out var members) ? members : new List<Member>();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LatencyTable
{
    private readonly Dictionary<string, double> _ewma = new(StringComparer.Ordinal);

    public double Of(string address) => _ewma.GetValueOrDefault(address, 1.0);
}

public static class Picker
{
    public static Member? Fastest(string cluster)
    {
        LatencyTable latency = LatencyTable.Current;
        var members = ClusterMap.Current.MembersOf(cluster);
        members.Sort((a, b) => latency.Of(a.Address).CompareTo(latency.Of(b.Address))); // expect: WEFT0003
        return members.Count > 0 ? members[0] : null;
    }
}
