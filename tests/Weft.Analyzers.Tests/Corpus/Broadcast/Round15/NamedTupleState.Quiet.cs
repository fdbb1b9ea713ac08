// Round 15, WEFT0007 quiet twin: the tuple carries an ImmutableArray<string>.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.Round15.NamedTupleStateQuiet;

public sealed class Drainer
{
    private readonly Dictionary<string, HashSet<string>> _draining = [];

    public void Drain(string cluster, IEnumerable<string> hosts) =>
        (_draining.TryGetValue(cluster, out var set) ? set : _draining[cluster] = []).UnionWith(hosts);
}

public sealed class DrainHandler(Slot<Drainer> drainers, Action<string> done)
{
    public void Handle(string cluster, IEnumerable<string> hosts)
    {
        ImmutableArray<string> list = [.. hosts];
        drainers.RunOnAllThreads(
            static (d, s) => d.Drain(s.Cluster, s.Hosts),
            (Cluster: cluster, Hosts: list),
            () => done(cluster));
    }
}
