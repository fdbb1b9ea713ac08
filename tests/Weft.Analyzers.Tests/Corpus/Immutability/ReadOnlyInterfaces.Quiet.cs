using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Views;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public ImmutableArray<string> Skus { get; init; }
    public ImmutableDictionary<string, decimal> Prices { get; init; } = ImmutableDictionary<string, decimal>.Empty;
    public ImmutableList<string> Regions { get; init; } = ImmutableList<string>.Empty;
}
