// A snapshot record CLASS copied with `with`: a copy that keeps the snapshot's list shares it (writing it is WEFT0003),
// a copy whose `with` gives the list a new value owns that list (writing it is quiet even in this file; WEFT0003:
// "objects you build yourself stay quiet"). The snapshot's List member is WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.WithReplacesMemberOnRecordClass;

[ThreadLocalSlot]
public sealed partial record Upstreams
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
    public int Version { get; init; }
}

public static class UpstreamDrafts
{
    public static Upstreams Draft(string host)
    {
        Upstreams bumped = Upstreams.Current with { Version = Upstreams.Current.Version + 1 };
        bumped.Hosts.Add(host); // expect: WEFT0003
        Upstreams rebuilt = Upstreams.Current with { Hosts = new List<string>(Upstreams.Current.Hosts) };
        rebuilt.Hosts.Add(host);
        return rebuilt;
    }
}
