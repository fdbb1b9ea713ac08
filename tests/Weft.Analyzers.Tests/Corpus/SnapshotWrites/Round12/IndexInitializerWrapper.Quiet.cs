// C# 13 implicit index `^1` in an object initializer of a wrapper built over a copy of the snapshot's array.
using System;
using System.Linq;
using Weft;

namespace Corpus.R12.IndexInitializerWrapperQuiet;

[ThreadLocalSlot]
public sealed partial class Grid
{
    public int[] Cells { get; init; } = new int[16]; // expect: WEFT0001
}

public sealed class Window(int[] cells)
{
    public int Length => cells.Length;

    public int this[int index]
    {
        get => cells[index];
        set => cells[index] = value;
    }
}

public static class Painter
{
    public static Window Mark() => new(Grid.Current.Cells.ToArray()) { [^1] = 9 };
}
