// Round 3. A ref local over each element of a span of the snapshot's struct array writes each element in place.
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
    public static void Halve()
    {
        Span<Backend> backends = Ring.Current.Backends;
        for (int i = 0; i < backends.Length; i++)
        {
            ref var backend = ref backends[i];
            backend.Weight /= 2; // expect: WEFT0003
        }
    }
}
