// WEFT0001: the member's type is a sealed class defined inside the slot type, with a settable property (a member
// whose own type is not deeply immutable).
using Weft;

namespace Corpus6a.NestedMutableClass;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Limits Limit { get; init; } = new(); // expect: WEFT0001 "Limit"

    public sealed class Limits
    {
        public int Max { get; set; }
    }
}
