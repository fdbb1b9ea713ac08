// Two snapshots are read into a tuple and deconstructed; the write goes through the second one. WEFT0003's message
// names the type of the Current that is written (issue 10: "today: the first Current in the block"). Both snapshot
// types hold a List (WEFT0001).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.TupleOfTwoCurrents;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public List<string> Prefixes { get; init; } = new(); // expect: WEFT0001
}

[ThreadLocalSlot]
public sealed partial class LimitTable
{
    public List<int> Limits { get; init; } = new(); // expect: WEFT0001
}

public static class Tuning
{
    public static int Tighten()
    {
        var (routes, limits) = (RouteTable.Current, LimitTable.Current);
        limits.Limits.Add(routes.Prefixes.Count); // expect: WEFT0003 "LimitTable"
        return limits.Limits.Count;
    }
}
