using System;
using System.Threading;
using System.Threading.Tasks;

namespace Weft.Slots;

/// <summary>
/// The Task form of a fan-out: a thin adapter that owns the timeout. It holds a reference on the pooled operation
/// until it is done reading it, so a timeout can name every thread that has not run the step (main included) while
/// the operation is still in flight.
/// </summary>
internal sealed class FanOutTask
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FanOut? _operation;

    public void Attach(FanOut operation) => _operation = operation;

    public void Detach() => _operation = null;

    /// <summary>Called by the operation (main, or the last worker when main has exited) before it drops its reference.</summary>
    public void Finish(Exception? failure)
    {
        if (failure is null)
        {
            _completion.TrySetResult();
        }
        else
        {
            _completion.TrySetException(failure);
        }
    }

    /// <summary>
    /// Completes with the fan-out; faults with its <see cref="AggregateException"/> or <see cref="InvalidOperationException"/>,
    /// or with a <see cref="TimeoutException"/> naming every thread that has not run it after <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, WorkerPool pool)
    {
        FanOut operation = _operation!;
        try
        {
            await _completion.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"A broadcast to every thread did not complete within {timeout.TotalSeconds:0.###} s: {operation.DescribePending(pool.Workers)} has not run it. " +
                "That loop has stopped draining its queue (a stalled or blocked callback).");
        }
        finally
        {
            operation.Release();
        }
    }
}
