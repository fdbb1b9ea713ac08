// Round 3. TryGetCurrent's out value: writing an element of its array writes the snapshot.
using Weft;

namespace Corpus.Views.Round3.TryGetCurrentArrayWrite;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] PerBackend { get; init; } = []; // expect: WEFT0001 "PerBackend"
}

public static class Tuner
{
    public static void Zero(int index)
    {
        if (Weights.TryGetCurrent(out var weights) && index < weights.PerBackend.Length)
        {
            weights.PerBackend[index] = 0; // expect: WEFT0003
        }
    }
}
