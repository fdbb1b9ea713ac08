// Quiet twin of ReadOnlyWrapperMembers: the same roles held by immutable and frozen collections.
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.ReadOnlyWrapperMembersQuiet;

[ThreadLocalSlot]
public sealed partial class Acl
{
    public FrozenSet<string> Blocked { get; init; } = FrozenSet<string>.Empty;
    public ImmutableSortedDictionary<string, int> Limits { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
    public ImmutableList<string> Admins { get; init; } = ImmutableList<string>.Empty;
}
