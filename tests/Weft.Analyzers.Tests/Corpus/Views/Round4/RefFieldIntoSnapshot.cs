// A ref struct cursor with a `ref` field is pointed at an element of the shared weights array and written through the
// field. The docs do not say whether this is reported where the ref is taken (the constructor call with `ref
// Weights.Current...`) or where it is written, so both lines carry #escape (one report expected). The array is WEFT0001.
using Weft;

namespace Corpus.Round4.RefFieldIntoSnapshot;

public ref struct Cell
{
    public ref int Value;

    public Cell(ref int value) => Value = ref value;
}

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] Values { get; init; } = []; // expect: WEFT0001
}

public static class WeightCursor
{
    public static void Penalise(int index)
    {
        var cell = new Cell(ref Weights.Current.Values[index]); // expect: WEFT0003 #escape
        cell.Value -= 10; // expect: WEFT0003 #escape
    }
}
