// C# 14 null-conditional compound assignment on a member of the one object a static holds, from a posted callback:
// a read-modify-write every worker runs at once.
using Weft;
using Weft.Threading;

namespace Corpus.R12.NullConditionalCompound;

public sealed class Totals
{
    public long Bytes;
}

public static class Accounting
{
    private static Totals? s_totals = new();

    public static void Post(Dispatcher worker, long bytes) =>
        worker.Post(() => s_totals?.Bytes += bytes); // expect: WEFT0006
}
