// A sealed snapshot with an event, a readonly but mutable dictionary and an immutable list of mutable lists.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Members;

[ThreadLocalSlot]
public sealed partial class Topology
{
    private readonly Dictionary<string, int> _weights = new(); // expect: WEFT0001
    public ImmutableArray<List<string>> Zones { get; init; } // expect: WEFT0001
    public ImmutableDictionary<string, HashSet<int>> PortsByHost { get; init; } = ImmutableDictionary<string, HashSet<int>>.Empty; // expect: WEFT0001
    public event EventHandler? Changed; // expect: WEFT0001

    public int Weight(string host) => _weights.GetValueOrDefault(host);
    public void Raise() => Changed?.Invoke(this, EventArgs.Empty);
}
