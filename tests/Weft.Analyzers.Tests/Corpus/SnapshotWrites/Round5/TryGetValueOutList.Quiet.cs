// Quiet twin of TryGetValueOutList: the inner collections are immutable; TryGetValue's out value is copied into a
// fresh List before the Add, and the indexer chain only reads.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.TryGetValueOutListQuiet;

[ThreadLocalSlot]
public sealed partial class Groups
{
    public ImmutableDictionary<string, ImmutableArray<int>> Members { get; init; } = ImmutableDictionary<string, ImmutableArray<int>>.Empty;
}

public static class Worker
{
    public static int Join(string group, int id)
    {
        if (Groups.Current.Members.TryGetValue(group, out var members))
        {
            var list = new List<int>(members);
            list.Add(id);
            return list.Count + Groups.Current.Members["all"][0];
        }

        return 0;
    }
}
