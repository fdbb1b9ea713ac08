// Quiet twin of ForeachDeconstructSnapshot: the pool map is immutable; the same deconstructing foreach copies each
// member list into a list of its own before removing and sorting.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Round4.ForeachDeconstructSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class Pools
{
    public ImmutableDictionary<string, ImmutableArray<string>> Members { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}

public static class PoolEviction
{
    public static Dictionary<string, List<string>> Evict(string host)
    {
        var remaining = new Dictionary<string, List<string>>();
        foreach (var (name, members) in Pools.Current.Members)
        {
            List<string> copy = members.ToList();
            copy.Remove(host);
            copy.Sort();
            remaining[name] = copy;
        }

        return remaining;
    }
}
