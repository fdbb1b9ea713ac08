using System;
using Microsoft.Extensions.Logging;

namespace Weft.Threading;

/// <summary>What a dispatcher does with callbacks still queued when it exits.</summary>
public enum QueuedWorkAtExit
{
    /// <summary>Run every callback admitted before the exit, then stop. The default: nothing is lost.</summary>
    Drain,

    /// <summary>Do not run them; count them in <see cref="DispatcherStats.DiscardedAtExit"/> and log a warning.</summary>
    Discard,
}

/// <summary>Settings of one <see cref="Dispatcher"/>.</summary>
public sealed class DispatcherOptions
{
    /// <summary>
    /// Called on the loop thread with each exception a callback, timer or deferred delete throws. The loop survives
    /// either way. When null, the exception is logged through <see cref="Logger"/> and counted.
    /// </summary>
    public Action<Dispatcher, Exception>? UnhandledExceptionHandler { get; set; }

    /// <summary>Where the default exception handler and shutdown reports go. Null: nowhere (still counted).</summary>
    public ILogger? Logger { get; set; }

    /// <summary>What happens to callbacks still queued at exit. Default <see cref="QueuedWorkAtExit.Drain"/>.</summary>
    public QueuedWorkAtExit QueuedWorkAtExit { get; set; } = QueuedWorkAtExit.Drain;

    /// <summary>
    /// Posted callbacks run per loop iteration before timers and deferred deletes get their turn; bounds how long a
    /// flood of posts can delay a due timer. Default 1024.
    /// </summary>
    public int MaxCallbacksPerIteration { get; set; } = 1024;

    /// <summary>How many rounds of <see cref="System.Threading.SpinWait"/> the loop polls its queue before it parks its thread (a parked loop costs the next producer a kernel wake). Default 20. A loop with a socket registered does not spin: it parks in its wait at once, where readiness wakes it (docs/io.md).</summary>
    public int SpinCountBeforePark { get; set; } = 20;

    /// <summary>
    /// The wait-and-readiness backend: <see cref="DispatcherIoBackend.Automatic"/> (epoll on Linux, portable
    /// elsewhere) or <see cref="DispatcherIoBackend.Portable"/> forced on every OS. Default automatic.
    /// </summary>
    public DispatcherIoBackend IoBackend { get; set; } = DispatcherIoBackend.Automatic;

    internal DispatcherOptions Validated()
    {
        if (MaxCallbacksPerIteration < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCallbacksPerIteration), MaxCallbacksPerIteration, "Must be at least 1.");
        }

        if (SpinCountBeforePark < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SpinCountBeforePark), SpinCountBeforePark, "Cannot be negative.");
        }

        if (!Enum.IsDefined(IoBackend))
        {
            throw new ArgumentOutOfRangeException(nameof(IoBackend), IoBackend, "Not a known backend.");
        }

        return this;
    }
}
