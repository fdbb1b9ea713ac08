// WEFT0100: a sealed record class in a file-scoped namespace, without partial.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.R8.RecordClassNotPartial;

[ThreadLocalSlot]
public sealed record class RateLimits // expect: WEFT0100
{
    public ImmutableArray<int> PerSecond { get; init; }
}
