// Quiet twin of ArrayAndSpanMutatorsAfterPublish: the same sorts and fills run on the array before the publish; after
// it they run on a Clone of it.
using System;
using Weft;

namespace Corpus5a.ArrayAndSpanMutatorsAfterPublishQuiet;

public sealed class Weights
{
    public int[] Values { get; init; } = Array.Empty<int>();
}

public static class Publisher
{
    public static int Run(WorkerPool pool, int[] raw)
    {
        var slot = pool.AllocateSlot<Weights>();
        var values = (int[])raw.Clone();
        Array.Sort(values);
        Array.Reverse(values, 0, 2);
        values.AsSpan(1).Fill(0);
        slot.Publish(new Weights { Values = values });
        var scratch = (int[])values.Clone();
        Array.Clear(scratch, 0, 1);
        Span<int> view = scratch;
        view.Sort();
        view.Reverse();
        return scratch[0];
    }
}
