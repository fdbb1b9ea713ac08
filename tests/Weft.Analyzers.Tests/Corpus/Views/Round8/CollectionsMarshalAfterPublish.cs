// WEFT0002: CollectionsMarshal.AsSpan over the published list, written after the publish.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.R8.CollectionsMarshalAfterPublish;

public static class Latencies
{
    public static void Publish(Slot<List<double>> slot, List<double> buckets)
    {
        slot.Publish(buckets);
        var span = CollectionsMarshal.AsSpan(buckets);
        span[^1] = double.PositiveInfinity; // expect: WEFT0002
    }
}
