// The span's ports copied into an ImmutableArray (C# 13 `params ReadOnlySpan<int>`) and broadcast as state.
using System;
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.R12.SpanOfArrayStateQuiet;

public sealed class Ports
{
    public ImmutableArray<int> Open { get; set; } = [];
}

public static class Publisher
{
    public static void Push(Slot<Ports> slot, params ReadOnlySpan<int> ports)
    {
        ImmutableArray<int> open = [.. ports];
        slot.RunOnAllThreads(static (p, o) => p.Open = o, open, () => { });
        Console.WriteLine(open.Length);
    }
}
