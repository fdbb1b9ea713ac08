// WEFT0001: a readonly field of a struct type whose own field is a List<int>. `readonly` freezes the struct's
// fields, not the list they point to.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.ReadonlyStructHoldingList;

public struct PortSet
{
    public PortSet(List<int> ports) => Ports = ports;

    public readonly List<int> Ports;
}

[ThreadLocalSlot]
public sealed partial class Listener
{
    public readonly PortSet Ports = new(new List<int> { 80 }); // expect: WEFT0001 "Ports"
}
