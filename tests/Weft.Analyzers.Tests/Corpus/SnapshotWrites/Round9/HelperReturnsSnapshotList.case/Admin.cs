using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.HelperReturnsSnapshotList;

public static class Admin
{
    public static int WithCanary(string canary)
    {
        List<string> hosts = RouteLookup.Hosts();
        hosts.Insert(0, canary); // expect: WEFT0003
        return hosts.Count;
    }
}
