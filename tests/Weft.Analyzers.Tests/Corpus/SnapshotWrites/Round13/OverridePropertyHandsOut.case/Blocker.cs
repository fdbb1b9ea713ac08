using System.Collections.Generic;

namespace Corpus.SnapshotWrites.OverridePropertyHandsOut;

public static class Blocker
{
    public static void Block(string host)
    {
        NameSource source = new DenylistSource();
        if (source.Names is HashSet<string> set)
        {
            set.Add(host); // expect: WEFT0003
        }
    }
}
