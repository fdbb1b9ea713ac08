// Immutable collections whose elements are arrays or mutable collections (certificates as byte[], buckets as int[],
// groups as List<string>), and a nullable List. WEFT0001: "an immutable collection of mutable elements" and "a mutable
// collection". A Nullable<ImmutableArray<string>> member is immutable and stays quiet even in this file.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.ImmutableOfArrays;

[ThreadLocalSlot]
public sealed partial class TlsStore
{
    public ImmutableDictionary<string, byte[]> Certificates { get; init; } = ImmutableDictionary<string, byte[]>.Empty; // expect: WEFT0001 "Certificates"
    public ImmutableArray<int[]> Buckets { get; init; } = ImmutableArray<int[]>.Empty; // expect: WEFT0001 "Buckets"
    public ImmutableList<List<string>> Groups { get; init; } = ImmutableList<List<string>>.Empty; // expect: WEFT0001 "Groups"
    public List<string>? Extra { get; init; } // expect: WEFT0001 "Extra"
    public ImmutableArray<string>? Aliases { get; init; }
}
