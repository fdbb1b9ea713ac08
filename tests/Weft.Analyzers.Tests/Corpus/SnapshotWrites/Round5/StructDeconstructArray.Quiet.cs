// Quiet twin of StructDeconstructArray: the struct holds an ImmutableArray; deconstruction gives it out and the worker
// writes a ToArray() copy.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.StructDeconstructArrayQuiet;

public readonly struct Window
{
    public Window(ImmutableArray<int> cells, int size) { Cells = cells; Size = size; }
    public ImmutableArray<int> Cells { get; }
    public int Size { get; }
    public void Deconstruct(out ImmutableArray<int> cells, out int size) { cells = Cells; size = Size; }
}

[ThreadLocalSlot]
public sealed partial class Limiter
{
    public Window Window { get; init; } = new(ImmutableArray.Create(new int[8]), 8);
}

public static class Worker
{
    public static int Hit(int slot)
    {
        var (cells, size) = Limiter.Current.Window;
        var counts = cells.ToArray();
        counts[slot % size]++;
        return counts[0];
    }
}
