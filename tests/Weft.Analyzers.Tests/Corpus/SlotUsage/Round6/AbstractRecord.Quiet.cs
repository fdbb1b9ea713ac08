// Quiet twin of AbstractRecord: an unmarked abstract record base and a sealed partial slot record deriving from it.
using Weft;

namespace Corpus6a.AbstractRecord;

public abstract record Policy(int Attempts);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial record RetryPolicy(int Attempts) : Policy(Attempts);
