// A snapshot class (not a record) has a hand-written Deconstruct that hands out its list and its array through `out`
// parameters; worker code deconstructs Current and writes the parts. They are the snapshot's own collections (issue
// 10: "a helper that returns snapshot data that the caller then writes"; WEFT0003 through locals). The List and the
// array are WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.CustomDeconstruct;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
    public int[] Weights { get; init; } = []; // expect: WEFT0001

    public void Deconstruct(out List<string> hosts, out int[] weights)
    {
        hosts = Hosts;
        weights = Weights;
    }
}

public static class Balancer
{
    public static void Demote(string host)
    {
        var (hosts, weights) = Upstreams.Current;
        int index = hosts.IndexOf(host);
        if (index >= 0)
        {
            weights[index] = 0; // expect: WEFT0003
            hosts.RemoveAt(index); // expect: WEFT0003
        }
    }
}
