// WEFT0001: ImmutableArray<byte[]> — an immutable collection of mutable elements (arrays).
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableArrayOfArrays;

[ThreadLocalSlot]
public sealed partial class Certificates
{
    public ImmutableArray<byte[]> Chain { get; init; } = ImmutableArray<byte[]>.Empty; // expect: WEFT0001 "Chain"
}
