// Quiet twin of InterfaceList: an ImmutableArray<int> field.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.InterfaceList;

[ThreadLocalSlot]
public sealed partial class Weights
{
    private readonly ImmutableArray<int> _weights = ImmutableArray.Create(1, 2, 3);

    public int First => _weights[0];
}
