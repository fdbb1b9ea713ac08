// A named tuple carries the snapshot's list as an element; adding through the tuple element writes the snapshot.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.NamedTupleElementList;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public List<string> Hosts { get; init; } = []; // expect: WEFT0001
}

public static class Checker
{
    public static int Extend(string host)
    {
        var pair = (Names: Denylist.Current.Hosts, Count: 1);
        pair.Names.Add(host); // expect: WEFT0003
        return pair.Count + pair.Names.Count;
    }
}
