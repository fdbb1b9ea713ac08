// Twin: Interlocked.Add; the time stamp is a store of a value not read from the field (quiet by the page).
using System;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R8.ExpressionBodiedTouchQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    private static long s_totalRents;
    private static DateTime s_lastRent;

    public void Rent(int n) => Interlocked.Add(ref s_totalRents, n);

    public void Stamp() => s_lastRent = DateTime.UtcNow;
}
