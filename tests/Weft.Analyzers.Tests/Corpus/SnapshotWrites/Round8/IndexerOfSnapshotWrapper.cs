// WEFT0003: the snapshot exposes an indexer returning its inner list; the caller writes what it returns.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.IndexerOfSnapshotWrapper;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class ConnectionPools
{
    private readonly Dictionary<string, List<int>> _ports = new();

    public List<int> this[string host] => _ports.TryGetValue(host, out var p) ? p : new List<int>();
}
#pragma warning restore WEFT0001

public static class Pools
{
    public static void Retire(string host, int port) => ConnectionPools.Current[host].Remove(port); // expect: WEFT0003
}
