// Quiet twin: the tuple carries a copy (the List copy constructor).
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.NamedTupleElementListQuiet;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public List<string> Hosts { get; init; } = []; // expect: WEFT0001
}

public static class Checker
{
    public static int Extend(string host)
    {
        var pair = (Names: new List<string>(Denylist.Current.Hosts), Count: 1);
        pair.Names.Add(host);
        return pair.Count + pair.Names.Count;
    }
}
