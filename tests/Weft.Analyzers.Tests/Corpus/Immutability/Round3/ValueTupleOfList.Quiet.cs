// Round 3. A value tuple of a string and an int behind an init-only property. Reading taken: ValueTuple's fields are
// writable, but a tuple stored in an init-only property can only be read as a copy (writing Primary.Port does not
// compile), so nothing shared can change: quiet.
using Weft;

namespace Corpus.Immutability.Round3.ValueTupleOfList;

[ThreadLocalSlot]
public sealed partial class PortMap
{
    public (string Host, int Port) Primary { get; init; }
}
