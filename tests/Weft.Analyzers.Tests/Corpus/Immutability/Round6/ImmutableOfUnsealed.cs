// WEFT0001: an ImmutableDictionary whose value type is unsealed (a subclass may add mutable state).
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableOfUnsealed;

public class Backend
{
    public string Host { get; init; } = "";
}

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableDictionary<string, Backend> ByName { get; init; } = ImmutableDictionary<string, Backend>.Empty; // expect: WEFT0001 "ByName"
}
