// WEFT0003: CollectionsMarshal.AsSpan hands out a span over a snapshot list's backing array; writing an element, a
// `foreach (ref var x in span)` increment, and CollectionsMarshal.SetCount all write the shared list.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.CollectionsMarshalOnCurrent;

[ThreadLocalSlot]
public sealed partial class Counters
{
    public List<int> Buckets { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static void Bump(int i)
    {
        var span = CollectionsMarshal.AsSpan(Counters.Current.Buckets);
        span[i] = 1; // expect: WEFT0003
        foreach (ref int bucket in CollectionsMarshal.AsSpan(Counters.Current.Buckets))
        {
            bucket++; // expect: WEFT0003
        }

        CollectionsMarshal.SetCount(Counters.Current.Buckets, 0); // expect: WEFT0003
    }
}
