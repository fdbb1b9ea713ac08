// Quiet twin of ImmutableBuilderMember: the builder is turned into an ImmutableArray<int> before it is stored.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableBuilderMember;

[ThreadLocalSlot]
public sealed partial class Ports
{
    public ImmutableArray<int> Pending { get; init; } = ImmutableArray.CreateBuilder<int>().ToImmutable();
}
