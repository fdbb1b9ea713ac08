// A `ref` local from CollectionsMarshal.AsSpan points into the snapshot's list: `+=` through it writes the element.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.R11.CollectionsMarshalRefLocal;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public List<int> Values { get; init; } = []; // expect: WEFT0001
}

public static class Boost
{
    public static int First()
    {
        ref int first = ref CollectionsMarshal.AsSpan(Weights.Current.Values)[0];
        first += 1; // expect: WEFT0003
        return first;
    }
}
