// WEFT0001: `required` + `init` on a List<int>: the property cannot be reassigned but the list can be changed.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.RequiredInitList;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required List<int> Ports { get; init; } // expect: WEFT0001 "Ports"
}
