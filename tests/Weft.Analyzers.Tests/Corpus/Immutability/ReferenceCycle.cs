// Two snapshot types that point at each other, one of them holding a mutable list: both are mutable, whichever the
// analyzer looks at first.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Cycle;

[ThreadLocalSlot]
public sealed partial class Region
{
    public string Name { get; init; } = "";
    public Zone? Primary { get; init; } // expect: WEFT0001
}

[ThreadLocalSlot]
public sealed partial class Zone
{
    public Region? Owner { get; init; } // expect: WEFT0001
    public List<string> Racks { get; init; } = new(); // expect: WEFT0001
}
