// WEFT0001: an `IList<int>` member holding an array: IList<T> is a mutable collection interface (indexer setter).
using System.Collections.Generic;
using Weft;

namespace Corpus6a.InterfaceList;

[ThreadLocalSlot]
public sealed partial class Weights
{
    private readonly IList<int> _weights = new[] { 1, 2, 3 }; // expect: WEFT0001 "_weights"

    public int First => _weights[0];
}
