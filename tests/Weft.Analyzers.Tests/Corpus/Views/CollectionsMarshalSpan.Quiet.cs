// CollectionsMarshal.AsSpan over the worker's own list, filled from the snapshot.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.Marshal;

[ThreadLocalSlot]
public sealed partial class Costs
{
    public ImmutableArray<double> PerHop { get; init; }
}

public sealed class Router
{
    private readonly List<double> _scratch = new();

    public double Penalised(int hop)
    {
        _scratch.Clear();
        _scratch.AddRange(Costs.Current.PerHop);
        var span = CollectionsMarshal.AsSpan(_scratch);
        span[hop] *= 2;
        return span[hop];
    }
}
