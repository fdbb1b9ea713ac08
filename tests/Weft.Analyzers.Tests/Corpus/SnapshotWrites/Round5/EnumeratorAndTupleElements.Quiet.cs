// Quiet twin of EnumeratorAndTupleElements: the same enumerator loop and tuple deconstruction over immutable elements;
// the worker collects what it saw into its own list.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.EnumeratorAndTupleElementsQuiet;

public sealed record Conn(int Idle);

[ThreadLocalSlot]
public sealed partial class Pools
{
    public ImmutableArray<Conn> Conns { get; init; } = ImmutableArray<Conn>.Empty;
    public ImmutableArray<(string Zone, ImmutableArray<int> Ports)> Zones { get; init; } = ImmutableArray<(string Zone, ImmutableArray<int> Ports)>.Empty;
}

public static class Worker
{
    public static int Sweep()
    {
        var idle = new List<int>();
        using IEnumerator<Conn> e = ((IEnumerable<Conn>)Pools.Current.Conns).GetEnumerator();
        while (e.MoveNext())
        {
            idle.Add(e.Current.Idle);
        }

        foreach (var (zone, ports) in Pools.Current.Zones)
        {
            if (zone == "old") idle.Add(ports.Length);
        }

        return idle.Count;
    }
}
