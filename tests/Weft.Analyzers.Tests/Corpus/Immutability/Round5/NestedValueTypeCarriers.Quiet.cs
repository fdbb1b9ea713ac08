// Quiet twin of NestedValueTypeCarriers: the same nesting (Nullable<T>, struct in struct, ImmutableArray of structs)
// with immutable contents at the bottom.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.NestedValueTypeCarriersQuiet;

public readonly struct Inner
{
    public Inner(ImmutableArray<int> ports) => Ports = ports;
    public ImmutableArray<int> Ports { get; }
}

public readonly struct Outer
{
    public Outer(Inner inner) => Inner = inner;
    public Inner Inner { get; }
}

public readonly struct Mask
{
    public Mask(ImmutableArray<byte> bits) => Bits = bits;
    public ImmutableArray<byte> Bits { get; }
}

[ThreadLocalSlot]
public sealed partial class Listener
{
    public Mask? Filter { get; init; }
    public Outer Binding { get; init; }
    public ImmutableArray<Outer> Extra { get; init; } = ImmutableArray<Outer>.Empty;
}
