// Round 3. A ref foreach over a span of the snapshot's struct array writes each element in place.
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
        foreach (ref var backend in backends)
        {
            backend.Weight /= 2; // expect: WEFT0003
        }
    }
}
