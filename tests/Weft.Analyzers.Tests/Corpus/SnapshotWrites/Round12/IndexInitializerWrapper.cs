// C# 13 implicit index `^1` in an object initializer of a wrapper built over the snapshot's array: the wrapper's
// indexer setter stores into the wrapped (shared) array. Reading taken: reported at the initializer or inside the
// setter (#escape).
using System;
using System.Linq;
using Weft;

namespace Corpus.R12.IndexInitializerWrapper;

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
        set => cells[index] = value; // expect: WEFT0003 #escape
    }
}

public static class Painter
{
    public static Window Mark() => new(Grid.Current.Cells) { [^1] = 9 }; // expect: WEFT0003 #escape
}
