// A sealed record with init-only members is deeply immutable all the way down.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Nested;

public sealed record Backend(string Host, int Port, TimeSpan Timeout);

public enum Policy { RoundRobin, LeastRequest }

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public Backend Primary { get; init; } = new("localhost", 80, TimeSpan.FromSeconds(1));
    public ImmutableArray<Backend> Secondaries { get; init; }
    public Policy Policy { get; init; }
    public DateTimeOffset LoadedAt { get; init; }
    public Guid Id { get; init; }
    public string? Comment { get; init; }
}
