// Quiet twin of UnsealedSlotType: `sealed` written on a second partial part only (it applies to the whole type).
using Weft;

namespace Corpus6a.UnsealedSlotType;

[ThreadLocalSlot]
public partial class Routes
{
    public int Version { get; init; }
}

public sealed partial class Routes
{
}
