// WEFT0001: a primary-constructor parameter of type List<int> used by a member outside initializers, so it is kept
// in a hidden field: "reported on the parameter".
using System.Collections.Generic;
using Weft;

namespace Corpus6a.PrimaryCtorCaptured;

[ThreadLocalSlot]
public sealed partial class Ports(
    List<int> ports) // expect: WEFT0001 "ports"
{
    public Ports() : this(new List<int>()) { }

    public int Count => ports.Count;
}
