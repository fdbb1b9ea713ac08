// WEFT0003: CollectionsMarshal.AsSpan hands out a span over a snapshot list's backing array; writing an element, a
// `ref` local into the span incremented in a loop, and CollectionsMarshal.SetCount all write the shared list.
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
        var again = CollectionsMarshal.AsSpan(Counters.Current.Buckets);
        for (int j = 0; j < again.Length; j++)
        {
            ref int bucket = ref again[j];
            bucket++; // expect: WEFT0003
        }

        CollectionsMarshal.SetCount(Counters.Current.Buckets, 0); // expect: WEFT0003
    }
}
