// Twin: the nested rule is a sealed record with init-only members.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R8.NestedRuleClassSetterQuiet;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public ImmutableArray<Rule> Rules { get; init; }

    public sealed record Rule(string Route, int PerSecond);
}
