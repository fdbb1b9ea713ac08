// Round 15, WEFT0001: a snapshot slot with a primary constructor. Its parameter `hosts` initializes an ImmutableArray,
// but a computed member also reads it, so the compiler keeps the List itself in a hidden field of every instance. The
// page: a parameter its members use (outside initializers) is checked like a field, reported on the parameter.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.PrimaryCtorUsedByMember;

[ThreadLocalSlot]
public sealed partial class Pool(
    string name,
    List<string> hosts) // expect: WEFT0001
{
    public string Name { get; } = name;
    public ImmutableArray<string> Hosts { get; } = [.. hosts];
    public bool IsEmpty => hosts.Count == 0;
}
