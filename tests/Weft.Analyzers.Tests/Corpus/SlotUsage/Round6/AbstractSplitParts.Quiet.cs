// Quiet twin of AbstractSplitParts: `sealed` on one part, the attribute on the other.
using Weft;

namespace Corpus6a.AbstractSplitParts;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Policy
{
    public int Attempts;
}

public sealed partial class Policy
{
}
