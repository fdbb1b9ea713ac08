// Quiet twin of RefHelperLocal: Interlocked.Add(ref Budget.Remaining(), -amount).
using System.Threading;
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
        Interlocked.Add(ref Budget.Remaining(), -amount);
    }
}
