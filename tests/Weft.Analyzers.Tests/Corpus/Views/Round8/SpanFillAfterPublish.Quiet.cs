// Twin: the span after the publish is over a copy.
using System;
using Weft.Slots;

namespace Corpus.Views.R8.SpanFillAfterPublishQuiet;

public static class Buckets
{
    public static int[] Reset(Slot<int[]> slot)
    {
        var tokens = new int[64];
        tokens.AsSpan().Fill(10);
        slot.Publish(tokens);
        var scratch = tokens.AsSpan().ToArray();
        Span<int> view = scratch;
        view[..8].Clear();
        return scratch;
    }
}
