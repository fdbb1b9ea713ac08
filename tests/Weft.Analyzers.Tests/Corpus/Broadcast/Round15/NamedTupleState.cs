// Round 15, WEFT0007, a short request handler: a drain request is broadcast with Slot<T>.RunOnAllThreads, its state a
// named tuple (Cluster, Hosts) handed to a `static` lambda. The tuple carries a string[], so every worker shares one
// writable array.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.Round15.NamedTupleState;

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
        string[] list = [.. hosts];
        drainers.RunOnAllThreads(
            static (d, s) => d.Drain(s.Cluster, s.Hosts),
            (Cluster: cluster, Hosts: list), // expect: WEFT0007
            () => done(cluster));
    }
}
