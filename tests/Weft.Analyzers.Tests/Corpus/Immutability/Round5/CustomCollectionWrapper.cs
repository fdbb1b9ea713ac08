// WEFT0001: a hand-written collection type exposing only IEnumerable<T> and a read-only indexer, but backed by a
// private List<T> with an Add method: the member holding it is not deeply immutable (its field is a mutable list).
using System.Collections;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.CustomCollectionWrapper;

public sealed class HostSet : IEnumerable<string>
{
    private readonly List<string> _hosts = new();

    public string this[int i] => _hosts[i];
    public void Add(string host) => _hosts.Add(host);
    public IEnumerator<string> GetEnumerator() => _hosts.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public HostSet Hosts { get; init; } = new() { "a", "b" }; // expect: WEFT0001
}
