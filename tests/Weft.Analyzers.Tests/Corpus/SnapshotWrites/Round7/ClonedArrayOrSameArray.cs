// WEFT0003: weights sorted on a worker. It sorts `Current.Weights` through a local: the shared array.
// The snapshot type is mutable on purpose (this file is about writes through Current, not about the
// declaration): WEFT0001 is suppressed around it with #pragma.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ClonedArrayOrSameArray;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class WeightTable
{
    public int[] Weights { get; init; } = Array.Empty<int>();
}
#pragma warning restore WEFT0001

public static class Ranking
{
    public static int Median()
    {
        var copy = WeightTable.Current.Weights;
        Array.Sort(copy); // expect: WEFT0003
        return copy.Length == 0 ? 0 : copy[copy.Length / 2];
    }
}
