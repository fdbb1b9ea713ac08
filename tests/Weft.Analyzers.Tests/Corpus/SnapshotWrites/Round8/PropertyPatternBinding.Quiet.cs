// Twin: the pattern binds the count (a value) and the pin goes into a worker-local dictionary.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.PropertyPatternBindingQuiet;

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
    public static Dictionary<string, string> Pin(string host, string ip)
    {
        var pins = new Dictionary<string, string>();
        if (DnsCache.Current is { Version: > 0, Names.Count: var count } && count < 1000)
        {
            pins[host] = ip;
        }

        return pins;
    }
}
