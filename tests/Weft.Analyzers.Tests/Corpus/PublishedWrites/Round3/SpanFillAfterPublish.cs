// Round 3. A span over the published array writes every element the workers read.
using System;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.SpanFillAfterPublish;

public static class Weights
{
    public static void Reset(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<int[]>();
        var weights = new int[] { 1, 2, 3 };
        slot.Publish(weights);
        weights.AsSpan().Fill(1); // expect: WEFT0002 "weights"
    }
}
