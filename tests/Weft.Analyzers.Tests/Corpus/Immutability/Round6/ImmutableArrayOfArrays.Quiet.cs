// Quiet twin of ImmutableArrayOfArrays: ImmutableArray<ImmutableArray<byte>>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableArrayOfArrays;

[ThreadLocalSlot]
public sealed partial class Certificates
{
    public ImmutableArray<ImmutableArray<byte>> Chain { get; init; } = ImmutableArray<ImmutableArray<byte>>.Empty;
}
