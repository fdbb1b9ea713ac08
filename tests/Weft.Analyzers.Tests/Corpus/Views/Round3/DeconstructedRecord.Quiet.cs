// Round 3. The deconstructed list is copied before the add.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.DeconstructedRecord;

[ThreadLocalSlot]
public sealed partial record Pool(string Name, List<string> Members); // expect: WEFT0001 "Members"

public static class Joiner
{
    public static List<string> Join(string host)
    {
        var (name, members) = Pool.Current;
        var mine = new List<string>(members) { name + "/" + host };
        return mine;
    }
}
