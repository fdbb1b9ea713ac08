// Quiet twin of MemberKindAndType: the same members at immutable types.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.MemberKindAndTypeQuiet;

[ThreadLocalSlot]
public sealed partial class AdminPage
{
    public readonly ImmutableArray<int> Ports = ImmutableArray<int>.Empty;
    public string Footer { get; init; } = "";
}
