// Quiet twin of TwoSlotCycle: the same cycle, with ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.TwoSlotCycle;

[ThreadLocalSlot]
public sealed partial class Primary
{
    public Secondary? Next { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Secondary
{
    public Primary? Back { get; init; }

    public ImmutableArray<int> Weights { get; init; } = ImmutableArray<int>.Empty;
}
