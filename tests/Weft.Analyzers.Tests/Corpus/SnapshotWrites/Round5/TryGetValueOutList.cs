// WEFT0003: TryGetValue(out var list) on a snapshot's Dictionary<string, List<T>> hands out the inner list; writing
// it changes the snapshot. Also GetValueOrDefault and the indexer chain `map["k"][0] = ...`.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.TryGetValueOutList;

[ThreadLocalSlot]
public sealed partial class Groups
{
    public Dictionary<string, List<int>> Members { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static void Join(string group, int id)
    {
        if (Groups.Current.Members.TryGetValue(group, out var list))
        {
            list.Add(id); // expect: WEFT0003
        }

        var other = Groups.Current.Members.GetValueOrDefault("other");
        other?.Remove(id); // expect: WEFT0003
        Groups.Current.Members["all"][0] = id; // expect: WEFT0003
    }
}
