// WEFT0006: a helper returns `ref` to a static field; the worker code keeps it in a ref local and `-=` through it.
// Page: "Helper()++ where the helper returns ref to a static" and "a compound assignment through a ref local to a static".
// Reading: reported at the compound assignment.
using Weft;

namespace Corpus.R17.StaticWrites.RefHelperLocal;

public static class Budget
{
    private static long s_remaining = 1_000_000;
    public static ref long Remaining() => ref s_remaining;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Spender
{
    private long _spent;

    [WorkerUpdate]
    public void Spend(long amount)
    {
        _spent += amount;
        ref long left = ref Budget.Remaining();
        left -= amount; // expect: WEFT0006
    }
}
