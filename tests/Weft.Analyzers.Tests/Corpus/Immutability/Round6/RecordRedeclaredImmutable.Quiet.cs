// Quiet twin of RecordRedeclaredImmutable: the positional parameter and the hand-redeclared property are both
// ImmutableArray<string> (a redeclared positional property must keep the parameter's type).
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.RecordRedeclaredImmutable;

[ThreadLocalSlot]
public sealed partial record Routes(ImmutableArray<string> Hosts)
{
    public ImmutableArray<string> Hosts { get; init; } = Hosts;
}
