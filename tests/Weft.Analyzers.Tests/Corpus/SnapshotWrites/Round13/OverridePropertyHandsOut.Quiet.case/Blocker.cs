using System.Collections.Generic;

namespace Corpus.SnapshotWrites.OverridePropertyHandsOutQuiet;

public static class Blocker
{
    public static void Block(string host)
    {
        NameSource source = new DenylistSource();
        if (source.Names is HashSet<string> set)
        {
            set.Add(host);
        }
    }
}
