using System;
using System.Threading.Tasks;

namespace Weft.Tests;

/// <summary>
/// Measures allocations with <c>GC.GetAllocatedBytesForCurrentThread</c> so that only the code measured can make the
/// figure non-zero.
/// </summary>
/// <remarks>
/// A background collection counts against a thread that allocates nothing: when it suspends the thread, the unused rest
/// of the thread's allocation context (up to one 8 KB quantum) is added to the thread's total. Reproduced on .NET 10: a
/// burst that allocates nothing measured 1.4-7.8 KB in about one round in fifteen after a test had allocated large rings
/// (which start background collections), never with <c>DOTNET_gcConcurrent=0</c>, never after a blocking collection.
/// So a measurement starts after a blocking collection (which finishes one in progress) and is taken again, up to
/// <see cref="Attempts"/> times, when a collection ran during it and it measured something; code that does allocate
/// measures the same every time and fails its test.
/// </remarks>
internal static class SettledAllocation
{
    /// <summary>How many times a measurement disturbed by a collection is taken.</summary>
    public const int Attempts = 4;

    /// <summary>
    /// Runs <paramref name="measure"/> (which returns the bytes it measured, on whichever thread it measured them) after
    /// a blocking collection; again while a collection ran during it and it measured something.
    /// </summary>
    public static long Measure(Func<long> measure)
    {
        long bytes = 0;
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            GC.Collect();
            int collections = GC.CollectionCount(0);
            bytes = measure();
            if (bytes == 0 || GC.CollectionCount(0) == collections)
            {
                return bytes;
            }
        }

        return bytes;
    }

    /// <summary>
    /// Runs <paramref name="round"/> <paramref name="rounds"/> times and returns what the calling thread allocated, as
    /// <see cref="Measure"/> does, with how many rounds ran over every attempt.
    /// </summary>
    public static (long Bytes, int RoundsRun) MeasureRounds(Action round, int rounds)
    {
        int run = 0;
        long bytes = Measure(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < rounds; i++)
            {
                round();
            }

            run += rounds;
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });
        return (bytes, run);
    }

    /// <summary>As <see cref="Measure"/>, for a measurement that awaits.</summary>
    public static async Task<long> MeasureAsync(Func<Task<long>> measure)
    {
        long bytes = 0;
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            GC.Collect();
            int collections = GC.CollectionCount(0);
            bytes = await measure().ConfigureAwait(false);
            if (bytes == 0 || GC.CollectionCount(0) == collections)
            {
                return bytes;
            }
        }

        return bytes;
    }
}
