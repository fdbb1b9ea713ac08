// WEFT0104 on an abstract partial record class in per-worker mode.
using Weft;

namespace Corpus6a.AbstractRecord;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public abstract partial record Policy(int Attempts); // expect: WEFT0104 "Policy"
