// Immutable collections whose elements are structs: a struct holding a byte[] key and a record struct holding a
// List. The collection cannot be changed, but each element still points at a mutable array/list shared by every
// worker (WEFT0001: "an immutable collection of mutable elements"; "a member whose own type is not deeply immutable").
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.ValueElementsInImmutableCollections;

public readonly struct Endpoint
{
    public Endpoint(string host, byte[] key)
    {
        Host = host;
        Key = key;
    }

    public string Host { get; }
    public byte[] Key { get; }
}

public readonly record struct PoolSpec(string Name, List<int> Ports);

[ThreadLocalSlot]
public sealed partial class Endpoints
{
    public ImmutableArray<Endpoint> All { get; init; } = ImmutableArray<Endpoint>.Empty; // expect: WEFT0001 "Key"
    public ImmutableDictionary<string, PoolSpec> Pools { get; init; } = ImmutableDictionary<string, PoolSpec>.Empty; // expect: WEFT0001 "Ports"
}
