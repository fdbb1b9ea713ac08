// Quiet twin: the required member is an ImmutableArray, built from the same collection expression.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.RequiredListMemberQuiet;

[ThreadLocalSlot]
public sealed partial class Upstreams
{
    public required string Cluster { get; init; }
    public required ImmutableArray<string> Hosts { get; init; }
}

public static class Build
{
    public static Upstreams Make() => new() { Cluster = "edge", Hosts = ["a", "b"] };
}
