// The upstream configuration published to every worker.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.R14.UpstreamConfigDefect;

[ThreadLocalSlot]
public sealed partial class UpstreamConfig
{
    public required string Name { get; init; }
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public required RetryBudget Retries { get; init; } // expect: WEFT0001 "RetryBudget"
    public required TimeoutBudget Timeouts { get; init; }
}
