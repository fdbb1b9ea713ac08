// Quiet twin of StaticSplitParts: two parts of a sealed instance class, attribute on the second part.
using Weft;

namespace Corpus6a.StaticSplitParts;

public sealed partial class Limits
{
    public const int Max = 10;
}

[ThreadLocalSlot]
public partial class Limits
{
}
