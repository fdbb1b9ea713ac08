// The same cycle with immutable members everywhere: both types are deeply immutable.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Cycle;

[ThreadLocalSlot]
public sealed partial class Region
{
    public string Name { get; init; } = "";
    public Zone? Primary { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Zone
{
    public Region? Owner { get; init; }
    public ImmutableArray<string> Racks { get; init; }
}
