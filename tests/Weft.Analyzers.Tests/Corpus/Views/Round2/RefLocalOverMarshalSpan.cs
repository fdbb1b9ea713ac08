// Round 2. A ref local to each element of CollectionsMarshal.AsSpan over the snapshot's list writes shared data.
// (`foreach (ref …)` over a span does not compile in the corpus harness: CS8652 'ref struct interfaces'.)
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.Round2.RefLocalSpan;

[ThreadLocalSlot]
public sealed partial class Scores
{
    public List<double> ByBackend { get; init; } = new(); // expect: WEFT0001
}

public static class Decay
{
    public static void Apply(double factor)
    {
        var scores = CollectionsMarshal.AsSpan(Scores.Current.ByBackend);
        for (int i = 0; i < scores.Length; i++)
        {
            ref double score = ref scores[i];
            score *= factor; // expect: WEFT0003
        }
    }
}
