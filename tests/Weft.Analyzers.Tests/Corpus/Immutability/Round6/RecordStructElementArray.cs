// WEFT0001: ImmutableArray of a readonly record struct whose positional member is an int[] (a readonly struct still
// points at a writable array).
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.RecordStructElementArray;

public readonly record struct Endpoint(string Host, int[] Ports);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableArray<Endpoint> Endpoints { get; init; } = ImmutableArray<Endpoint>.Empty; // expect: WEFT0001 "Endpoints"
}
