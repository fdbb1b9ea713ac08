// Quiet twin of HiddenTryGetCurrentField: the field is named `HasDefault`.
using Weft;

namespace Corpus6a.HiddenTryGetCurrentField;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public static readonly bool HasDefault = false;

    public int Max { get; init; }
}
