// Round 2. The same chain ending in an ImmutableArray: deeply immutable.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.Round2.NestedChain;

public sealed class Holder
{
    public ImmutableArray<int> Items { get; } = ImmutableArray<int>.Empty;
}

public sealed class Outer
{
    public readonly Holder Inner = new();
}

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Outer Deep { get; init; } = new();
}
