// Round 15, WEFT0002 quiet twin: the bonus is written through the span before the publish.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Round15.SpanTakenBeforePublishQuiet;

public sealed class ScoreHandler(Slot<List<int>> scores)
{
    public void Publish(ReadOnlySpan<int> raw, int bonus)
    {
        var list = new List<int>(raw.Length);
        CollectionsMarshal.SetCount(list, raw.Length);
        Span<int> cells = CollectionsMarshal.AsSpan(list);
        raw.CopyTo(cells);
        cells[^1] += bonus;
        scores.Publish(list);
    }
}
