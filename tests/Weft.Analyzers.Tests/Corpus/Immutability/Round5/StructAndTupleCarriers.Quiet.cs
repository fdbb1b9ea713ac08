// Quiet twin of StructAndTupleCarriers: the same carriers over immutable contents (ImmutableArray, ints, strings).
// Reading: a value tuple of immutable values in an init property is copied on every read; nothing can write the
// instance's copy, so it counts as immutable (like a readonly struct of immutable fields).
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.StructAndTupleCarriersQuiet;

public readonly struct Range2
{
    public Range2(ImmutableArray<int> bounds) => Bounds = bounds;
    public readonly ImmutableArray<int> Bounds;
}

[ThreadLocalSlot]
public sealed partial class Shards
{
    public Range2 Range { get; init; } = new(ImmutableArray.Create(0, 1));
    public (string Name, int Port) Primary { get; init; } = ("a", 80);
    public KeyValuePair<string, string> Key { get; init; }
}
