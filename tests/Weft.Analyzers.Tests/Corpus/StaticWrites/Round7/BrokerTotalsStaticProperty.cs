// Chat broker: after a fan-out, main posts a callback to every worker that adds the worker's delivered count to a
// process-wide total kept in a static auto-property (get and set are separate accesses). Twin: the total is a static
// field bumped with Interlocked.Add behind a method.
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
                BrokerTotals.Delivered += n; // expect: WEFT0006
            });
        }
    }
}
