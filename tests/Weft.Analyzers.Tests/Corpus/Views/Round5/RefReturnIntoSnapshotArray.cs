// WEFT0003: user methods that return `ref` into a snapshot's array: a static helper returning `ref Current.Slots[i]`
// and an instance method on the snapshot type itself; assigning through the returned ref writes the snapshot.
using Weft;

namespace Corpus5a.RefReturnIntoSnapshotArray;

[ThreadLocalSlot]
public sealed partial class Table
{
    private readonly int[] _cells = new int[16]; // expect: WEFT0001
    public int[] Slots { get; init; } = new int[16]; // expect: WEFT0001

    public ref int Cell(int i) => ref _cells[i];
}

public static class Worker
{
    static ref int SlotOf(int i) => ref Table.Current.Slots[i];

    public static void Mark(int i)
    {
        SlotOf(i) = 1; // expect: WEFT0003
        Table.Current.Cell(i) = 2; // expect: WEFT0003
        ref int cell = ref Table.Current.Cell(i + 1);
        cell++; // expect: WEFT0003
    }
}
