// Quiet twin of ImmutableOfUnsealed: the value type is sealed.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableOfUnsealed;

public sealed class Backend
{
    public string Host { get; init; } = "";
}

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public ImmutableDictionary<string, Backend> ByName { get; init; } = ImmutableDictionary<string, Backend>.Empty;
}
