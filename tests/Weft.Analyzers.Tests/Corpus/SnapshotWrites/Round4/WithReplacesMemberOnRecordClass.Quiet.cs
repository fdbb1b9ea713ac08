// Quiet twin of WithReplacesMemberOnRecordClass: the draft record (not a slot type) is built from the immutable
// snapshot with a new list, and only that list is written.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.WithReplacesMemberOnRecordClassQuiet;

[ThreadLocalSlot]
public sealed partial record Upstreams
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public int Version { get; init; }
}

public sealed record UpstreamDraft(List<string> Hosts, int Version);

public static class UpstreamDrafts
{
    public static UpstreamDraft Draft(string host)
    {
        var draft = new UpstreamDraft(new List<string>(Upstreams.Current.Hosts), Upstreams.Current.Version + 1);
        UpstreamDraft renamed = draft with { Version = draft.Version + 1 };
        renamed.Hosts.Add(host);
        return renamed;
    }
}
