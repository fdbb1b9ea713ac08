// Quiet twin of SnapshotHelperReturnsList: members are an ImmutableArray; the caller sorts a copy (OrderBy).
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
    public ImmutableDictionary<string, ImmutableArray<Member>> Clusters { get; init; } = ImmutableDictionary<string, ImmutableArray<Member>>.Empty;

    public ImmutableArray<Member> MembersOf(string cluster) => Clusters.TryGetValue(cluster, out var members) ? members : ImmutableArray<Member>.Empty;
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
        return members.OrderBy(m => latency.Of(m.Address)).FirstOrDefault();
    }
}
