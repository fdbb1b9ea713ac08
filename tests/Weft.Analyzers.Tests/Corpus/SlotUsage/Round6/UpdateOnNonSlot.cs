// WEFT0106: [WorkerUpdate] on a method of a type that is not a slot at all (full attribute name).
namespace Corpus6a.UpdateOnNonSlot;

public sealed class Counters
{
    private long _hits;

    [Weft.WorkerUpdateAttribute] public void Reset() => _hits = 0; // expect: WEFT0106 "Reset"
}
