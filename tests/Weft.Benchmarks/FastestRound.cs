using System;
using System.Diagnostics;

namespace Weft.Benchmarks;

/// <summary>
/// Runs each form once per round, interleaved, and keeps each form's fastest time per operation over the second half
/// of the rounds (by then every form runs tier-1 code and its pools are warm): the figure load moves least.
/// </summary>
internal static class FastestRound
{
    /// <summary>Nanoseconds per operation of each form (each call of a form does <paramref name="batch"/> operations).</summary>
    public static double[] Measure(Action[] forms, int rounds, int batch) => Measure(forms, rounds, batch, out _);

    /// <summary>As <see cref="Measure(Action[], int, int)"/>, with the most bytes one call of each form allocated on this thread.</summary>
    public static double[] Measure(Action[] forms, int rounds, int batch, out long[] bytes)
    {
        var best = new double[forms.Length];
        bytes = new long[forms.Length];
        Array.Fill(best, double.MaxValue);
        for (int round = 0; round < rounds; round++)
        {
            for (int f = 0; f < forms.Length; f++)
            {
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                long start = Stopwatch.GetTimestamp();
                forms[f]();
                double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / batch;
                if (round >= rounds / 2)
                {
                    best[f] = Math.Min(best[f], ns);
                    bytes[f] = Math.Max(bytes[f], GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
                }
            }
        }

        return best;
    }
}
