// Quiet twin of BrokerTotalsStaticProperty: each worker adds with Interlocked.Add; the [ThreadStatic] count is per thread.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BrokerTotalsStaticProperty;

public static class BrokerTotals
{
    private static long s_delivered;

    public static long Delivered { get; set; }

    public static void AddDelivered(long n) => Interlocked.Add(ref s_delivered, n);

    public static long DeliveredAtomic => Interlocked.Read(ref s_delivered);
}

public sealed class WorkerOutbox
{
    [System.ThreadStatic] private static long t_sinceLastReport;

    public static void Sent(int n) => t_sinceLastReport += n;

    public static long TakeCount()
    {
        long n = t_sinceLastReport;
        t_sinceLastReport = 0;
        return n;
    }
}

public sealed class TotalsCollector
{
    public void Collect(IReadOnlyList<Dispatcher> workers)
    {
        foreach (Dispatcher worker in workers)
        {
            worker.Post(() =>
            {
                long n = WorkerOutbox.TakeCount();
                BrokerTotals.AddDelivered(n);
            });
        }
    }
}
