// Quiet twin of SnapshotKeptInWorkerField: the handler keeps a copy (new HashSet<T>(x)) of the snapshot's hosts in its
// field, and writes that.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.SnapshotKeptInWorkerFieldQuiet;

[ThreadLocalSlot]
public sealed partial class Denylist
{
    public ImmutableHashSet<string> Hosts { get; init; } = ImmutableHashSet<string>.Empty;
}

public sealed class Handler
{
    private HashSet<string> _deny = new();

    public void OnStart() => _deny = new HashSet<string>(Denylist.Current.Hosts);

    public void OnRequest(string host)
    {
        if (host.EndsWith(".bad")) _deny.Add(host);
    }
}
