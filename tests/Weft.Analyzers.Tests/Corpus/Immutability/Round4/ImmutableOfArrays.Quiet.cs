// Quiet twin of ImmutableOfArrays: immutable collections of immutable elements all the way down, nullable ones
// included.
using System.Collections.Frozen;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.ImmutableOfArraysQuiet;

[ThreadLocalSlot]
public sealed partial class TlsStore
{
    public ImmutableDictionary<string, ImmutableArray<byte>> Certificates { get; init; } = ImmutableDictionary<string, ImmutableArray<byte>>.Empty;
    public ImmutableArray<ImmutableArray<int>> Buckets { get; init; } = ImmutableArray<ImmutableArray<int>>.Empty;
    public ImmutableList<ImmutableList<string>> Groups { get; init; } = ImmutableList<ImmutableList<string>>.Empty;
    public FrozenSet<string>? Extra { get; init; }
    public ImmutableArray<string>? Aliases { get; init; }
}
