// TryGetValue's out variable is immutable; "adding" builds a new array for the caller.
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.OutVar;

[ThreadLocalSlot]
public sealed partial class Groups
{
    public FrozenDictionary<string, ImmutableArray<string>> Members { get; init; } = FrozenDictionary<string, ImmutableArray<string>>.Empty;
}

public static class Membership
{
    public static ImmutableArray<string> Join(string group, string user)
    {
        if (Groups.Current.Members.TryGetValue(group, out var members))
        {
            members = members.Add(user);
            return members;
        }

        return ImmutableArray.Create(user);
    }
}
