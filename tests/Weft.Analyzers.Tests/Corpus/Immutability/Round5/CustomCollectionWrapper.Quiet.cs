// Quiet twin of CustomCollectionWrapper: the same hand-written collection backed by an ImmutableArray, with an Add that
// returns a new HostSet.
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.CustomCollectionWrapperQuiet;

public sealed class HostSet : IEnumerable<string>
{
    private readonly ImmutableArray<string> _hosts;

    public HostSet(ImmutableArray<string> hosts) => _hosts = hosts;

    public string this[int i] => _hosts[i];
    public HostSet Add(string host) => new(_hosts.Add(host));
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_hosts).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public HostSet Hosts { get; init; } = new(ImmutableArray.Create("a", "b"));
}
