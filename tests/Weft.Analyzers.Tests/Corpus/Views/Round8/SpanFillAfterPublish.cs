// WEFT0002: a span over the published array is filled after the publish.
using System;
using Weft.Slots;

namespace Corpus.Views.R8.SpanFillAfterPublish;

public static class Buckets
{
    public static void Reset(Slot<int[]> slot)
    {
        var tokens = new int[64];
        tokens.AsSpan().Fill(10);
        slot.Publish(tokens);
        Span<int> view = tokens;
        view[..8].Clear(); // expect: WEFT0002
    }
}
