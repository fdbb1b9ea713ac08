// Twin: partial.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SlotUsage.R8.RecordClassNotPartialQuiet;

[ThreadLocalSlot]
public sealed partial record class RateLimits
{
    public ImmutableArray<int> PerSecond { get; init; }
}
