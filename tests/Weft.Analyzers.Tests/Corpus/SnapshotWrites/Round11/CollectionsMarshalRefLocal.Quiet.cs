// Quiet twin: the element is read into a plain local (a value copy), not a `ref` local.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.R11.CollectionsMarshalRefLocalQuiet;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public List<int> Values { get; init; } = []; // expect: WEFT0001
}

public static class Boost
{
    public static int First()
    {
        int first = CollectionsMarshal.AsSpan(Weights.Current.Values)[0];
        first += 1;
        return first;
    }
}
