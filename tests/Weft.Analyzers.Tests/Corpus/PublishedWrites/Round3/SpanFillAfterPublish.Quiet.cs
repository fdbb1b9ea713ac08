// Round 3. The span is over a copy of the published array, which is published instead of edited.
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
        var next = weights.AsSpan().ToArray();
        next.AsSpan().Fill(1);
        slot.Publish(next);
    }
}
