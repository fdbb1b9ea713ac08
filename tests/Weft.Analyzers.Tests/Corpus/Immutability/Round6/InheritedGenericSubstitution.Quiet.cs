// Quiet twin of InheritedGenericSubstitution: the same base closed with T = ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.InheritedGenericSubstitution;

public abstract class Holder<T>
{
    public required T Value { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Ports : Holder<ImmutableArray<int>>
{
}
