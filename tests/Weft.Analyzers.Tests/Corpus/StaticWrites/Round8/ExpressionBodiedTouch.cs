// WEFT0006: expression-bodied members of a per-worker pool: a compound add to a static total.
using System;
using Weft;

namespace Corpus.StaticWrites.R8.ExpressionBodiedTouch;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private static long s_totalRents;
    private static DateTime s_lastRent;

    public void Rent(int n) => s_totalRents += n; // expect: WEFT0006

    public void Stamp() => s_lastRent = DateTime.UtcNow;
}
