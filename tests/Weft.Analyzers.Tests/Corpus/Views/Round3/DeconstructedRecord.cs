// Round 3. A positional snapshot record is deconstructed; the deconstructed List is the snapshot's own.
using System.Collections.Generic;
using Weft;

namespace Corpus.Views.Round3.DeconstructedRecord;

[ThreadLocalSlot]
public sealed partial record Pool(string Name, List<string> Members); // expect: WEFT0001 "Members"

public static class Joiner
{
    public static void Join(string host)
    {
        var (name, members) = Pool.Current;
        members.Add(name + "/" + host); // expect: WEFT0003
    }
}
