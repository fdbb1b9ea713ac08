// Quiet twin of ValueElementsInImmutableCollections: struct elements made of immutable parts (strings, ImmutableArray,
// value tuples of scalars, KeyValuePair of strings) inside immutable and frozen collections. Value-tuple fields are
// writable, but an element of an immutable collection is only ever handed out as a copy.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.ValueElementsInImmutableCollectionsQuiet;

public readonly struct Endpoint
{
    public Endpoint(string host, ImmutableArray<byte> key)
    {
        Host = host;
        Key = key;
    }

    public string Host { get; }
    public ImmutableArray<byte> Key { get; }
}

public readonly record struct PoolSpec(string Name, ImmutableArray<int> Ports);

[ThreadLocalSlot]
public sealed partial class Endpoints
{
    public ImmutableArray<Endpoint> All { get; init; } = ImmutableArray<Endpoint>.Empty;
    public ImmutableDictionary<string, PoolSpec> Pools { get; init; } = ImmutableDictionary<string, PoolSpec>.Empty;
    public ImmutableArray<(string Host, int Port)> Listeners { get; init; } = ImmutableArray<(string Host, int Port)>.Empty;
    public FrozenDictionary<string, KeyValuePair<string, string>> Rewrites { get; init; } = FrozenDictionary<string, KeyValuePair<string, string>>.Empty;
}
