// CollectionsMarshal.AsSpan returns a view over the snapshot's own list storage.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.Marshal;

[ThreadLocalSlot]
public sealed partial class Costs
{
    public List<double> PerHop { get; init; } = new(); // expect: WEFT0001
}

public static class Router
{
    public static void Penalise(int hop)
    {
        var span = CollectionsMarshal.AsSpan(Costs.Current.PerHop);
        span[hop] *= 2; // expect: WEFT0003
    }
}
