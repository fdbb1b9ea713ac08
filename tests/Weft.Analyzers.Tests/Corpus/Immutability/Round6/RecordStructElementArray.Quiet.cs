// Quiet twin of RecordStructElementArray: the readonly record struct holds ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.RecordStructElementArray;

public readonly record struct Endpoint(string Host, ImmutableArray<int> Ports);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableArray<Endpoint> Endpoints { get; init; } = ImmutableArray<Endpoint>.Empty;
}
