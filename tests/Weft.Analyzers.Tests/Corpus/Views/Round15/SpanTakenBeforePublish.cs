// Round 15, WEFT0002 through a view taken before the publish: the handler takes CollectionsMarshal.AsSpan over its new
// score list to fill it, publishes the list, and then writes the last slot through the same span. The span is the
// list's memory (the page's view table), so the write after the publish changes what workers read.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Round15.SpanTakenBeforePublish;

public sealed class ScoreHandler(Slot<List<int>> scores)
{
    public void Publish(ReadOnlySpan<int> raw, int bonus)
    {
        var list = new List<int>(raw.Length);
        CollectionsMarshal.SetCount(list, raw.Length);
        Span<int> cells = CollectionsMarshal.AsSpan(list);
        raw.CopyTo(cells);
        scores.Publish(list);
        cells[^1] += bonus; // expect: WEFT0002
    }
}
