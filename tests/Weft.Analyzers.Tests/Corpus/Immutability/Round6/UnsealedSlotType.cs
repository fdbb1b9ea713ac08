// WEFT0001 on the slot type itself when it is not sealed. Reading: the page's Wrong example marks the class line
// "// not sealed" and lists "an unsealed type" among what is checked; a subclass instance could be published with
// mutable members, so the unsealed snapshot type is reported on its name.
using Weft;

namespace Corpus6a.UnsealedSlotType;

[ThreadLocalSlot]
public partial class Routes // expect: WEFT0001 "Routes"
{
    public int Version { get; init; }
}
