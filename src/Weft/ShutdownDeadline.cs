using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Weft;

/// <summary>
/// One deadline shared by the steps of a shutdown: each step waits for what is left of it, but at least a grace of
/// min(timeout, 1 s), so threads told to exit only after a stuck one used up the deadline (the workers behind a stuck
/// main, main behind a stuck worker) get to exit instead of being named stuck. A stop therefore returns within the
/// timeout plus two graces.
/// </summary>
internal sealed class ShutdownDeadline(TimeSpan timeout)
{
    private static readonly TimeSpan MaxGrace = TimeSpan.FromSeconds(1);
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly TimeSpan _grace = timeout < MaxGrace ? timeout : MaxGrace;

    private TimeSpan Remaining
    {
        get
        {
            if (timeout == Timeout.InfiniteTimeSpan)
            {
                return Timeout.InfiniteTimeSpan;
            }

            TimeSpan left = timeout - Stopwatch.GetElapsedTime(_start);
            return left > _grace ? left : _grace;
        }
    }

    /// <summary>True when <paramref name="step"/> finished (successfully or not) before the deadline.</summary>
    public async Task<bool> WaitAsync(Task step)
    {
        try
        {
            await step.WaitAsync(Remaining).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException) when (!step.IsCompleted)
        {
            return false;
        }
        catch (Exception) when (step.IsCompleted)
        {
            // A step refused by a loop that had already exited is finished as far as shutdown is concerned.
            return true;
        }
    }
}
