// Quiet twin of SnapshotLocalReassigned: the local that held Current is replaced by a fresh (per-call) holder on
// every path before it is written, and in the loop the fresh holder is made at the top of each iteration. The
// snapshot type is immutable; the fresh holder is a plain class the method owns.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.SnapshotLocalReassignedQuiet;

[ThreadLocalSlot]
public sealed partial class HostTable
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class HostDraft
{
    public List<string> Hosts { get; } = new();
}

public static class HostLearning
{
    public static int Learn(string host, bool rebuild)
    {
        HostDraft draft;
        if (rebuild)
        {
            draft = new HostDraft();
        }
        else
        {
            draft = new HostDraft();
            draft.Hosts.AddRange(HostTable.Current.Hosts);
        }

        draft.Hosts.Add(host);
        return draft.Hosts.Count;
    }

    public static List<HostDraft> LearnAll(IEnumerable<string> hosts)
    {
        var drafts = new List<HostDraft>();
        foreach (var host in hosts)
        {
            var draft = new HostDraft();
            draft.Hosts.AddRange(HostTable.Current.Hosts);
            draft.Hosts.Add(host);
            drafts.Add(draft);
        }

        return drafts;
    }
}
