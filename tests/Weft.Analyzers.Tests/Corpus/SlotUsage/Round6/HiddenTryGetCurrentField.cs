// WEFT0109: a field named `TryGetCurrent` on a snapshot type (a field is a member too).
using Weft;

namespace Corpus6a.HiddenTryGetCurrentField;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public static readonly bool TryGetCurrent = false; // expect: WEFT0109 "TryGetCurrent"

    public int Max { get; init; }
}
