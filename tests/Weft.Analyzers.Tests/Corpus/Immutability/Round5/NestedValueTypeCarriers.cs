// WEFT0001: mutable references buried in value types two levels deep or behind Nullable<T>: a nullable struct holding
// an array, a struct holding a struct holding a List<T>, and an ImmutableArray of such structs.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.NestedValueTypeCarriers;

public readonly struct Inner
{
    public Inner(List<int> ports) => Ports = ports;
    public List<int> Ports { get; }
}

public readonly struct Outer
{
    public Outer(Inner inner) => Inner = inner;
    public Inner Inner { get; }
}

public readonly struct Mask
{
    public Mask(byte[] bits) => Bits = bits;
    public byte[] Bits { get; }
}

[ThreadLocalSlot]
public sealed partial class Listener
{
    public Mask? Filter { get; init; } // expect: WEFT0001
    public Outer Binding { get; init; } // expect: WEFT0001
    public ImmutableArray<Outer> Extra { get; init; } = ImmutableArray<Outer>.Empty; // expect: WEFT0001
}
