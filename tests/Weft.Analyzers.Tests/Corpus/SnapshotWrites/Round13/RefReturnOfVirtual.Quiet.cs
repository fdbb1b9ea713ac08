// The quiet twin: the virtual method returns ref readonly and the caller only reads through it.
using Weft;

namespace Corpus.SnapshotWrites.RefReturnOfVirtualQuiet;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] Values { get; init; } = new int[8]; // expect: WEFT0001
}

public class WeightAccess
{
    public virtual ref readonly int At(int index) => ref Weights.Current.Values[index];
}

public static class Tuning
{
    public static int Read(WeightAccess access, int index) => access.At(index);

    public static int Run() => Read(new WeightAccess(), 3);
}
