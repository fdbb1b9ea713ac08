// Request handlers over an abstract host source: the snapshot-backed source's override hands out the snapshot's own
// list behind an IReadOnlyList; a handler casts it back and appends a fallback host (WEFT0003: an abstract property
// read through a base type whose override hands out the snapshot's internals).
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.SnapshotWrites.R16.AbstractSourceHandsOutList;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public abstract class HostSource
{
    public abstract IReadOnlyList<string> Hosts { get; }
}

public sealed class SnapshotHostSource : HostSource
{
    public override IReadOnlyList<string> Hosts => Upstreams.Current.Hosts;
}

public static class PickHandler
{
    public static string Pick(HostSource source, int hash)
    {
        var hosts = source.Hosts;
        if (hosts.Count == 0 && hosts is List<string> list)
            list.Add("fallback:80"); // expect: WEFT0003
        return hosts.Count == 0 ? "fallback:80" : hosts[hash % hosts.Count];
    }
}
