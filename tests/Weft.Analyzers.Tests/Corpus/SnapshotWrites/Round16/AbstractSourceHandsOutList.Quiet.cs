// Request handlers over an abstract host source: the snapshot-backed source's override hands out a copy of the
// snapshot's list; a handler casts it back and appends a fallback host to that copy (quiet twin of
// AbstractSourceHandsOutList; the slot type's WEFT0001 stays).
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
    public override IReadOnlyList<string> Hosts => Upstreams.Current.Hosts.ToList();
}

public static class PickHandler
{
    public static string Pick(HostSource source, int hash)
    {
        var hosts = source.Hosts;
        if (hosts.Count == 0 && hosts is List<string> list)
            list.Add("fallback:80");
        return hosts.Count == 0 ? "fallback:80" : hosts[hash % hosts.Count];
    }
}
