// WEFT0001: the slot type's own members are all get-only, but a nested sealed class two levels down has a
// `private set` property and a nested record has a List; reported on the slot type's member that reaches them.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.NestedTypeSettersDeep;

public sealed class Timeouts
{
    public int ConnectMs { get; private set; } = 1000;
    public void Tighten() => ConnectMs /= 2;
}

public sealed class Policy
{
    public Timeouts Timeouts { get; } = new();
}

public sealed record Retry(int Count, List<int> BackoffMs);

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public Policy Policy { get; } = new(); // expect: WEFT0001
    public Retry Retry { get; init; } = new(3, new List<int>()); // expect: WEFT0001
}
