// Quiet twin of TupleOfTwoCurrents: both snapshots immutable; the tuple is deconstructed and a new limit list is built.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.TupleOfTwoCurrentsQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Prefixes { get; init; } = ImmutableArray<string>.Empty;
}

[ThreadLocalSlot]
public sealed partial class LimitTable
{
    public ImmutableArray<int> Limits { get; init; } = ImmutableArray<int>.Empty;
}

public static class Tuning
{
    public static List<int> Tighten()
    {
        var (routes, limits) = (RouteTable.Current, LimitTable.Current);
        var next = new List<int>(limits.Limits) { routes.Prefixes.Length };
        return next;
    }
}
