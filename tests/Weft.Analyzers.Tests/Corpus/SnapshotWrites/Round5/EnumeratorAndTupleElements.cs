// WEFT0003: elements reached without a foreach variable: IEnumerator<T>.Current in a hand-written `while (MoveNext())`
// loop, and a foreach that deconstructs tuples `(string, List<int>)` whose list is the snapshot's.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.EnumeratorAndTupleElements;

public sealed class Conn
{
    public int Idle;
}

[ThreadLocalSlot]
public sealed partial class Pools
{
    public List<Conn> Conns { get; init; } = new(); // expect: WEFT0001
    public List<(string Zone, List<int> Ports)> Zones { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static void Sweep()
    {
        using var e = Pools.Current.Conns.GetEnumerator();
        while (e.MoveNext())
        {
            e.Current.Idle = 0; // expect: WEFT0003
        }

        foreach (var (zone, ports) in Pools.Current.Zones)
        {
            if (zone == "old") ports.Clear(); // expect: WEFT0003
        }
    }
}
