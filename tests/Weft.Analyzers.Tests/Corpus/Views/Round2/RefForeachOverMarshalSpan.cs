// Round 2. `foreach (ref var …)` over CollectionsMarshal.AsSpan of the snapshot's list writes each shared element.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.Round2.RefForeach;

[ThreadLocalSlot]
public sealed partial class Scores
{
    public List<double> ByBackend { get; init; } = new(); // expect: WEFT0001
}

public static class Decay
{
    public static void Apply(double factor)
    {
        foreach (ref double score in CollectionsMarshal.AsSpan(Scores.Current.ByBackend))
        {
            score *= factor; // expect: WEFT0003
        }
    }
}
