// WEFT0003: a readonly struct member is deconstructed (`var (cells, _) = ...`) and taken by positional pattern; the
// array that comes out is the snapshot's, so writing its elements writes the snapshot.
using Weft;

namespace Corpus5a.StructDeconstructArray;

public readonly struct Window
{
    public Window(int[] cells, int size) { Cells = cells; Size = size; }
    public int[] Cells { get; }
    public int Size { get; }
    public void Deconstruct(out int[] cells, out int size) { cells = Cells; size = Size; }
}

[ThreadLocalSlot]
public sealed partial class Limiter
{
    public Window Window { get; init; } = new(new int[8], 8); // expect: WEFT0001
}

public static class Worker
{
    public static void Hit(int slot)
    {
        var (cells, size) = Limiter.Current.Window;
        cells[slot % size]++; // expect: WEFT0003
        if (Limiter.Current.Window is var (same, _))
        {
            same[0] = 0; // expect: WEFT0003
        }
    }
}
