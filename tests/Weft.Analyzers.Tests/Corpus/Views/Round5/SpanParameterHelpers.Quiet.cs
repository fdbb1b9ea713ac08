// Quiet twin of SpanParameterHelpers: the span helper gets a worker copy of the snapshot's counts, and on main the
// published list before its publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.SpanParameterHelpersQuiet;

[ThreadLocalSlot]
public sealed partial class Window
{
    public ImmutableArray<int> Counts { get; init; } = ImmutableArray.Create(new int[8]);
}

public static class Helpers
{
    public static void Decay(Span<int> counts)
    {
        for (int i = 0; i < counts.Length; i++) counts[i] /= 2;
    }
}

public static class Code
{
    public static void OnWorker() => Helpers.Decay(Window.Current.Counts.ToArray());

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<int>>();
        var counts = new List<int> { 4, 8 };
        Helpers.Decay(CollectionsMarshal.AsSpan(counts));
        slot.Publish(counts);
    }
}
