// Round 15, WEFT0001 message quiet twin: the nested record's weights are an ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.RequiredNestedRecordQuiet;

public sealed record Upstream
{
    public required string Host { get; init; }
    public required ImmutableArray<int> Weights { get; init; }
}

[ThreadLocalSlot]
public sealed partial class ClusterConfig
{
    public required string Name { get; init; }
    public required Upstream Primary { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
}

public static class ClusterConfigs
{
    public static ClusterConfig Make(string name, string host) =>
        new() { Name = name, Primary = new() { Host = host, Weights = [1, 1, 2] } };
}
