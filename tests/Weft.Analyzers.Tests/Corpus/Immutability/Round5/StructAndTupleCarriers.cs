// WEFT0001: value-type members that carry mutable references: a readonly struct with a readonly array field, a named
// tuple holding a List<T>, and a KeyValuePair whose value is an array. Copying the struct copies the reference only.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.StructAndTupleCarriers;

public readonly struct Range2
{
    public Range2(int[] bounds) => Bounds = bounds;
    public readonly int[] Bounds;
}

[ThreadLocalSlot]
public sealed partial class Shards
{
    public Range2 Range { get; init; } = new(new int[2]); // expect: WEFT0001
    public (string Name, List<int> Ports) Primary { get; init; } = ("a", new List<int>()); // expect: WEFT0001
    public KeyValuePair<string, byte[]> Key { get; init; } // expect: WEFT0001
}
