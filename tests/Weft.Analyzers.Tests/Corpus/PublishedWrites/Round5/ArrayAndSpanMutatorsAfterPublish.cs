// WEFT0002: a published array is changed in place after the publish by Array.Sort, Array.Reverse, Array.Clear and
// the span forms Span<T>.Sort, Reverse and Fill.
using System;
using Weft;

namespace Corpus5a.ArrayAndSpanMutatorsAfterPublish;

public sealed class Weights
{
    public int[] Values { get; init; } = Array.Empty<int>();
}

public static class Publisher
{
    public static void Run(WorkerPool pool, int[] raw)
    {
        var slot = pool.AllocateSlot<Weights>();
        var values = (int[])raw.Clone();
        slot.Publish(new Weights { Values = values });
        Array.Sort(values); // expect: WEFT0002
        Array.Reverse(values, 0, 2); // expect: WEFT0002
        Array.Clear(values, 0, 1); // expect: WEFT0002
        Span<int> view = values;
        view.Sort(); // expect: WEFT0002
        view.Reverse(); // expect: WEFT0002
        values.AsSpan(1).Fill(0); // expect: WEFT0002
    }
}
