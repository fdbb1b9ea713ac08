// WEFT0003 and WEFT0002: user helpers that take a Span<T> and write it, called with a snapshot's array (converted to a
// span implicitly at the call) and with CollectionsMarshal.AsSpan of a published list.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.SpanParameterHelpers;

[ThreadLocalSlot]
public sealed partial class Window
{
    public int[] Counts { get; init; } = new int[8]; // expect: WEFT0001
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
    public static void OnWorker() => Helpers.Decay(Window.Current.Counts); // expect: WEFT0003

    public static void OnMain(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<int>>();
        var counts = new List<int> { 4, 8 };
        slot.Publish(counts);
        Helpers.Decay(CollectionsMarshal.AsSpan(counts)); // expect: WEFT0002
    }
}
