// Round 3. The element is read into an int (a value copy) and the copy changed.
using Weft;

namespace Corpus.Views.Round3.TryGetCurrentArrayWrite;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public int[] PerBackend { get; init; } = []; // expect: WEFT0001 "PerBackend"
}

public static class Tuner
{
    public static int Zero(int index)
    {
        if (Weights.TryGetCurrent(out var weights) && index < weights.PerBackend.Length)
        {
            int weight = weights.PerBackend[index];
            weight = 0;
            return weight;
        }

        return -1;
    }
}
