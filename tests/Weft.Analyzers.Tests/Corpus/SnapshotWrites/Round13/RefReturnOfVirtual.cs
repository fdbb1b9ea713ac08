// A virtual method returns a ref into the snapshot's array; the caller assigns through it.
using Weft;

namespace Corpus.SnapshotWrites.RefReturnOfVirtual;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] Values { get; init; } = new int[8]; // expect: WEFT0001
}

public class WeightAccess
{
    public virtual ref int At(int index) => ref Weights.Current.Values[index];
}

public static class Tuning
{
    public static void Zero(WeightAccess access, int index) => access.At(index) = 0; // expect: WEFT0003

    public static void Run() => Zero(new WeightAccess(), 3);
}
