// Round 3. A plain local copies each struct element; halving the copy writes nothing shared.
using System;
using Weft;

namespace Corpus.Views.Round3.RefForeachOverSpan;

public struct Backend
{
    public int Weight;
}

[ThreadLocalSlot]
public sealed partial class Ring
{
    public Backend[] Backends { get; init; } = []; // expect: WEFT0001 "Backends"
}

public static class Reweigh
{
    public static int Halve()
    {
        int total = 0;
        Span<Backend> backends = Ring.Current.Backends;
        for (int i = 0; i < backends.Length; i++)
        {
            var copy = backends[i];
            copy.Weight /= 2;
            total += copy.Weight;
        }

        return total;
    }
}
