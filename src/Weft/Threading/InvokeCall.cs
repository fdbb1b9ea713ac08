using System;
using System.Threading.Tasks;

namespace Weft.Threading;

/// <summary>A queued item whose poster waits for it: told when the loop exits without running it.</summary>
internal interface IDiscardedAtExit
{
    /// <summary>Loop thread, at exit under <see cref="QueuedWorkAtExit.Discard"/>: the item will never run.</summary>
    void OnDiscardedAtExit(Dispatcher dispatcher);
}

/// <summary>One <see cref="Dispatcher.InvokeAsync{T}(Func{T})"/> call: the work item and the Task its caller awaits, in one object.</summary>
internal sealed class InvokeCall<T> : TaskCompletionSource<T>, IDispatcherWorkItem, IDiscardedAtExit
{
    private readonly Func<T> _function;

    public InvokeCall(Func<T> function)
        : base(TaskCreationOptions.RunContinuationsAsynchronously) => _function = function;

    public void Execute()
    {
        try
        {
            TrySetResult(_function());
        }
        catch (Exception ex)
        {
            TrySetException(ex);
        }
    }

    public void OnDiscardedAtExit(Dispatcher dispatcher) =>
        TrySetException(new ObjectDisposedException(
            dispatcher.Name,
            $"Dispatcher '{dispatcher.Name}' exited before it ran the call: queued work is discarded at exit (QueuedWorkAtExit.Discard)."));
}
