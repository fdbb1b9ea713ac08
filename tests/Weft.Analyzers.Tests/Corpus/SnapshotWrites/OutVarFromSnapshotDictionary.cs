// TryGetValue's out variable is the snapshot's own list.
using System.Collections.Generic;
using System.Collections.Frozen;
using Weft;

namespace Corpus.SnapshotWrites.OutVar;

[ThreadLocalSlot]
public sealed partial class Groups
{
    public FrozenDictionary<string, List<string>> Members { get; init; } = FrozenDictionary<string, List<string>>.Empty; // expect: WEFT0001
}

public static class Membership
{
    public static void Join(string group, string user)
    {
        if (Groups.Current.Members.TryGetValue(group, out var members))
        {
            members.Add(user); // expect: WEFT0003
        }
    }
}
