// Round 3. A value tuple member whose second element is a List<T>: the tuple is copied on read, the list is not.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Round3.ValueTupleOfList;

[ThreadLocalSlot]
public sealed partial class PortMap
{
    public (string Host, List<int> Ports) Primary { get; init; } // expect: WEFT0001 "Primary"
}
