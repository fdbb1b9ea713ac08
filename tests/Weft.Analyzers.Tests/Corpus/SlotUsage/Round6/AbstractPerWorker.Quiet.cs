// Quiet twin of AbstractPerWorker: the abstract class is an unmarked base; the slot type derives from it and is
// sealed ([ThreadLocalSlot] is not inherited, so the base is no slot type).
using Weft;

namespace Corpus6a.AbstractPerWorker;

public abstract class Policy
{
    public int Attempts;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RetryPolicy : Policy
{
}
