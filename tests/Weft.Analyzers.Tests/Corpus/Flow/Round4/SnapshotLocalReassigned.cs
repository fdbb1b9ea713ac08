// A local starts as the shared snapshot and is replaced by a fresh instance on some paths only: a conditional
// rebuild, and a loop whose first iteration writes a fresh table and whose later iterations write the one read from
// Current at the bottom of the previous iteration (the loop's back edge). On those paths the write reaches snapshot
// data (WEFT0003, flow not text: issue 10). The List member is WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.SnapshotLocalReassigned;

[ThreadLocalSlot]
public sealed partial class HostTable
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public static class HostLearning
{
    public static int Learn(string host, bool rebuild)
    {
        HostTable table = HostTable.Current;
        if (rebuild)
        {
            table = new HostTable();
        }

        table.Hosts.Add(host); // expect: WEFT0003
        return table.Hosts.Count;
    }

    public static void LearnAll(IEnumerable<string> hosts)
    {
        var table = new HostTable();
        foreach (var host in hosts)
        {
            table.Hosts.Add(host); // expect: WEFT0003
            table = HostTable.Current;
        }
    }
}
