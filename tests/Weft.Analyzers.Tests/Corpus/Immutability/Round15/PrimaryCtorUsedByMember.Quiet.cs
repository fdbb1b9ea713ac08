// Round 15, WEFT0001 quiet twin: the parameter is used only by initializers (the computed member reads the
// ImmutableArray), so no instance keeps the List.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.PrimaryCtorUsedByMemberQuiet;

[ThreadLocalSlot]
public sealed partial class Pool(
    string name,
    List<string> hosts)
{
    public string Name { get; } = name;
    public ImmutableArray<string> Hosts { get; } = [.. hosts];
    public bool IsEmpty => Hosts.IsEmpty;
}
