// Twin: the span is written before the publish.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.R8.CollectionsMarshalAfterPublishQuiet;

public static class Latencies
{
    public static void Publish(Slot<List<double>> slot, List<double> buckets)
    {
        var span = CollectionsMarshal.AsSpan(buckets);
        span[^1] = double.PositiveInfinity;
        slot.Publish(buckets);
    }
}
