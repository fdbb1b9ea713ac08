// Round 15, WEFT0001 message: a snapshot slot with `required` init-only members; one holds a sealed record whose
// `required` member is an int[]. The page says the message follows nested members and names the member at fault and
// its mutable type.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.RequiredNestedRecord;

public sealed record Upstream
{
    public required string Host { get; init; }
    public required int[] Weights { get; init; }
}

[ThreadLocalSlot]
public sealed partial class ClusterConfig
{
    public required string Name { get; init; }
    public required Upstream Primary { get; init; } // expect: WEFT0001 "Primary" "Weights"
    public ImmutableArray<string> Tags { get; init; } = [];
}

public static class ClusterConfigs
{
    public static ClusterConfig Make(string name, string host) =>
        new() { Name = name, Primary = new() { Host = host, Weights = [1, 1, 2] } };
}
