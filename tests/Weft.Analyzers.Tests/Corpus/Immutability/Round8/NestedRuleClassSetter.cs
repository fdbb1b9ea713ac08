// WEFT0001: a nested rule type with a settable property, held in an immutable array of the snapshot.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.NestedRuleClassSetter;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public ImmutableArray<Rule> Rules { get; init; } // expect: WEFT0001

    public sealed class Rule
    {
        public string Route { get; init; } = "";
        public int PerSecond { get; set; }
    }
}
