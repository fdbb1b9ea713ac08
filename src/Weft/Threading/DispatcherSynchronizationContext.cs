using System;
using System.Threading;

namespace Weft.Threading;

/// <summary>
/// Installed on a dispatcher's thread, so an <c>await</c> inside a callback resumes on the same dispatcher.
/// <c>ConfigureAwait(false)</c> opts out: the continuation then runs on the thread pool, off the loop.
/// A continuation that arrives after the loop exited is dropped and counted (see <see cref="Post"/>).
/// </summary>
public sealed class DispatcherSynchronizationContext : SynchronizationContext
{
    internal DispatcherSynchronizationContext(Dispatcher dispatcher) => Dispatcher = dispatcher;

    /// <summary>The dispatcher continuations go to.</summary>
    public Dispatcher Dispatcher { get; }

    /// <summary>
    /// Queues <paramref name="d"/> on the dispatcher. After the loop exited it is dropped instead: never thrown (the
    /// caller is whatever thread completed an awaited task), never run off the loop; counted in
    /// <see cref="DispatcherStats.ContinuationsAfterExit"/> and the first one logged at Warning.
    /// </summary>
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        Dispatcher.PostContinuation(d, state);
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (Dispatcher.IsCurrentThread)
        {
            d(state);
            return;
        }

        using var done = new ManualResetEventSlim();
        Exception? failure = null;
        Dispatcher.Post(() =>
        {
            try
            {
                d(state);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;
}
