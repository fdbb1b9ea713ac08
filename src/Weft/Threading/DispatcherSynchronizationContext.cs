using System;
using System.Threading;

namespace Weft.Threading;

/// <summary>
/// Installed on a dispatcher's thread, so an <c>await</c> inside a callback resumes on the same dispatcher.
/// <c>ConfigureAwait(false)</c> opts out: the continuation then runs on the thread pool, off the loop.
/// </summary>
public sealed class DispatcherSynchronizationContext : SynchronizationContext
{
    internal DispatcherSynchronizationContext(Dispatcher dispatcher) => Dispatcher = dispatcher;

    /// <summary>The dispatcher continuations go to.</summary>
    public Dispatcher Dispatcher { get; }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        Dispatcher.PostSendOrPost(d, state);
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
