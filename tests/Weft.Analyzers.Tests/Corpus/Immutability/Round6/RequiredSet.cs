// WEFT0001: a `required` property with `set` — required forces initialisation, not immutability.
using Weft;

namespace Corpus6a.RequiredSet;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required string Address { get; set; } // expect: WEFT0001 "Address"
}
