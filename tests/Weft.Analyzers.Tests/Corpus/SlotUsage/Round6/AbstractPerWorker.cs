// WEFT0104: an abstract per-worker slot class (per-worker so that WEFT0001 does not apply).
using Weft;

namespace Corpus6a.AbstractPerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public abstract partial class Policy // expect: WEFT0104 "Policy"
{
    public int Attempts;
}
