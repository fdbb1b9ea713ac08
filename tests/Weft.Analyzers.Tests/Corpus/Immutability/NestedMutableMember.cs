// The snapshot's own members are init-only, but the Backend they point to has a setter.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Nested;

public class Backend
{
    public string Host { get; set; } = "";
    public int Port { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Cluster
{
    public Backend Primary { get; init; } = new(); // expect: WEFT0001
    public ImmutableArray<Backend> Secondaries { get; init; } // expect: WEFT0001
}
