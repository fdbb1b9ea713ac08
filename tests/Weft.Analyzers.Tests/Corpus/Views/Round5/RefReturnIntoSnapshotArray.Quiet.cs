// Quiet twin of RefReturnIntoSnapshotArray: the snapshot hands out `ref readonly` into its immutable array, and the
// worker's `ref` helper points into its own array; the only writes go to the worker's array.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.RefReturnIntoSnapshotArrayQuiet;

[ThreadLocalSlot]
public sealed partial class Table
{
    private readonly ImmutableArray<int> _cells = ImmutableArray.Create(new int[16]);

    public ref readonly int Cell(int i) => ref _cells.ItemRef(i);
}

public static class Worker
{
    static readonly int[] s_scratch = new int[16];

    static ref int ScratchOf(int[] scratch, int i) => ref scratch[i];

    public static int Mark(int i)
    {
        var mine = new int[16];
        ScratchOf(mine, i) = Table.Current.Cell(i);
        ref readonly int cell = ref Table.Current.Cell(i + 1);
        return cell + mine[i] + s_scratch.Length;
    }
}
