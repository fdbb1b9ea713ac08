using System;
using System.Threading;
using Weft.Internal;

namespace Weft.Tests.Linearizability;

/// <summary>
/// Installs <see cref="ConcurrencyTestHooks.AfterCellClaimed"/> for the duration of a test: on the threads that opted
/// in, a producer that has claimed a ring cell yields its core, spins or sleeps (seeded per thread) before writing
/// it, so consumers meet claimed-but-unwritten cells far more often than they would on their own.
/// </summary>
internal sealed class YieldingHook : IDisposable
{
    [ThreadStatic]
    private static Random? t_random;

    private static long s_yieldPoints;

    public YieldingHook()
    {
        if (ConcurrencyTestHooks.AfterCellClaimed is not null)
        {
            throw new InvalidOperationException("Another test's yield hook is still installed.");
        }

        Interlocked.Exchange(ref s_yieldPoints, 0);
        ConcurrencyTestHooks.AfterCellClaimed = YieldMaybe;
    }

    /// <summary>Makes the calling thread yield at claim points, with choices drawn from <paramref name="seed"/>.</summary>
    public static void OptIn(int seed) => t_random = new Random(seed);

    public static void OptOut() => t_random = null;

    /// <summary>How many claim points opted-in threads passed since the hook was installed.</summary>
    public long YieldPoints => Interlocked.Read(ref s_yieldPoints);

    public void Dispose() => ConcurrencyTestHooks.AfterCellClaimed = null;

    private static void YieldMaybe()
    {
        Random? random = t_random;
        if (random is null)
        {
            return;
        }

        Interlocked.Increment(ref s_yieldPoints);
        switch (random.Next(8))
        {
            case 0:
                Thread.Yield();
                break;
            case 1:
                Thread.SpinWait(random.Next(1, 200));
                break;
            case 2 when random.Next(16) == 0:
                // Rarely, a producer is descheduled outright between its claim and its write.
                Thread.Sleep(0);
                break;
        }
    }
}
