// Quiet twin of RequiredSet: `required` with `init`.
using Weft;

namespace Corpus6a.RequiredSet;

[ThreadLocalSlot]
public sealed partial class Listener
{
    public required string Address { get; init; }
}
