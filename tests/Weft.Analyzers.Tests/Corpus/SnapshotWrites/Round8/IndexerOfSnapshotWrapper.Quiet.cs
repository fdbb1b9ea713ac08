// Twin: the result is copied with ToList before the removal.
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.SnapshotWrites.R8.IndexerOfSnapshotWrapperQuiet;

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
    public static List<int> Retire(string host, int port)
    {
        var ports = ConnectionPools.Current[host].ToList();
        ports.Remove(port);
        return ports;
    }
}
