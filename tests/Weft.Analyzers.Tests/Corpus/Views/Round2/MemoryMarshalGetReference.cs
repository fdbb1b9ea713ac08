// Round 2. MemoryMarshal.GetReference turns the read-only span of the snapshot's ImmutableArray into a writable
// reference: writing through it changes the array every worker reads.
using System.Collections.Immutable;
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
    public static void Penalise()
    {
        ref int first = ref MemoryMarshal.GetReference(Weights.Current.PerBackend.AsSpan());
        first = 0; // expect: WEFT0003
    }
}
