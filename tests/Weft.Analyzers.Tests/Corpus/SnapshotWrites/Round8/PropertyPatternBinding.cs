// WEFT0003: a property pattern binds the snapshot's dictionary to a variable, which is then written.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.PropertyPatternBinding;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class DnsCache
{
    public Dictionary<string, string> Names { get; init; } = new();
    public int Version { get; init; }
}
#pragma warning restore WEFT0001

public static class Resolver
{
    public static void Pin(string host, string ip)
    {
        if (DnsCache.Current is { Version: > 0, Names: var names })
        {
            names[host] = ip; // expect: WEFT0003
        }
    }
}
