// WEFT0001: an ImmutableArray<int>.Builder member (a builder is a mutable collection, whatever its namespace).
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableBuilderMember;

[ThreadLocalSlot]
public sealed partial class Ports
{
    public ImmutableArray<int>.Builder Pending { get; init; } = ImmutableArray.CreateBuilder<int>(); // expect: WEFT0001 "Pending"
}
