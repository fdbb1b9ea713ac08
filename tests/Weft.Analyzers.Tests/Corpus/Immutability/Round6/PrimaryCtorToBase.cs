// WEFT0001: a base class keeps its own primary-constructor parameter (List<int>) in a hidden field, since a member
// uses it; the snapshot slot type inherits that hidden field. Reported on the slot type's name (inherited member).
using System.Collections.Generic;
using Weft;

namespace Corpus6a.PrimaryCtorToBase;

public class PortsBase(List<int> ports)
{
    public int Count => ports.Count;
}

[ThreadLocalSlot]
public sealed partial class Ports() : PortsBase(new List<int> { 80 }) // expect: WEFT0001
{
}
