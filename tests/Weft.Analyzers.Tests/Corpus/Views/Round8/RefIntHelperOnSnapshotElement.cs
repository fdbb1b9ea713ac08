// WEFT0003: the scalar form of RefParameterOnSnapshotElement: a helper that assigns its `ref int` parameter,
// given an element of the snapshot's int array (separates "a field of a ref struct parameter").
using Weft;

namespace Corpus.Views.R8.RefIntHelperOnSnapshotElement;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Limits
{
    public int[] Counts { get; init; } = new int[4];
}
#pragma warning restore WEFT0001

public static class Roller
{
    private static void Reset(ref int count) => count = 0;

    public static void Roll(int i) => Reset(ref Limits.Current.Counts[i]); // expect: WEFT0003
}
