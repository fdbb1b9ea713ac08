// Round 2. The same reference trick on this worker's own copy of the weights.
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.Round2.GetReference;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableArray<int> PerBackend { get; init; }
}

public static class Balancer
{
    public static int[] Penalised()
    {
        int[] mine = Weights.Current.PerBackend.ToArray();
        ref int first = ref MemoryMarshal.GetArrayDataReference(mine);
        first = 0;
        return mine;
    }
}
