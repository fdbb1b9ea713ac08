using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Threading;

/// <summary>Runs one queued item; one cached instance per post shape.</summary>
internal delegate void WorkItemInvoker(in WorkItem item);

/// <summary>
/// One queued callback: an invoker shared by every post of the same shape, the user's delegate, and its state — a
/// reference, or up to 8 bytes of unmanaged value stored inline. Posting a delegate with reference-type or small
/// unmanaged state therefore allocates nothing and shares nothing but the queue cell; larger value states ride in a
/// holder from <see cref="StateHolderPool{T}"/>, which allocates nothing once it holds as many as are in flight.
/// </summary>
internal readonly struct WorkItem
{
    private readonly WorkItemInvoker _invoker;
    private readonly object _callback;
    private readonly object? _state;
    private readonly long _inline;

    private WorkItem(WorkItemInvoker invoker, object callback, object? state, long inline = 0)
    {
        _invoker = invoker;
        _callback = callback;
        _state = state;
        _inline = inline;
    }

    public static WorkItem ForAction(Action callback) => new(Invokers.Action, callback, null);

    public static WorkItem ForWorkItem(IDispatcherWorkItem item) => new(Invokers.WorkItem, item, null);

    public static WorkItem ForSendOrPost(SendOrPostCallback callback, object? state) => new(Invokers.SendOrPost, callback, state);

    public static WorkItem ForState<TState>(Action<TState> callback, TState state)
    {
        if (!typeof(TState).IsValueType)
        {
            return new(Invokers<TState>.WithReference, callback, state);
        }

        if (!RuntimeHelpers.IsReferenceOrContainsReferences<TState>() && Unsafe.SizeOf<TState>() <= sizeof(long))
        {
            long inline = 0;
            Unsafe.WriteUnaligned(ref Unsafe.As<long, byte>(ref inline), state);
            return new(Invokers<TState>.Inline, callback, null, inline);
        }

        // A larger value type would box; a pooled holder is reused instead.
        StateHolder<TState> holder = StateHolderPool<StateHolder<TState>>.Rent();
        holder.Callback = callback;
        holder.State = state;
        return new(StateHolder<TState>.Invoker, holder, null);
    }

    public object Callback => _callback;

    public void Invoke() => _invoker(in this);

    /// <summary>Releases pooled resources of an item that will not run (discarded at shutdown, or refused).</summary>
    public void Discard()
    {
        if (_callback is IPooledHolder pooled)
        {
            pooled.ReturnUnrun();
        }
    }

    private static class Invokers
    {
        public static readonly WorkItemInvoker Action = static (in WorkItem item) => ((Action)item._callback)();
        public static readonly WorkItemInvoker WorkItem = static (in WorkItem item) => ((IDispatcherWorkItem)item._callback).Execute();
        public static readonly WorkItemInvoker SendOrPost = static (in WorkItem item) => ((SendOrPostCallback)item._callback)(item._state);
    }

    private static class Invokers<TState>
    {
        public static readonly WorkItemInvoker WithReference = static (in WorkItem item) => ((Action<TState>)item._callback)((TState)item._state!);

        public static readonly WorkItemInvoker Inline = static (in WorkItem item) =>
        {
            long inline = item._inline;
            ((Action<TState>)item._callback)(Unsafe.ReadUnaligned<TState>(ref Unsafe.As<long, byte>(ref inline)));
        };
    }

    private interface IPooledHolder
    {
        void ReturnUnrun();
    }

    private sealed class StateHolder<TState> : PooledLink<StateHolder<TState>>, IPooledHolder
    {
        public static readonly WorkItemInvoker Invoker = static (in WorkItem item) => ((StateHolder<TState>)item._callback).Run();

        public Action<TState>? Callback;
        public TState State = default!;

        private void Run()
        {
            Action<TState> callback = Callback!;
            TState state = State;
            Callback = null;
            State = default!;
            StateHolderPool<StateHolder<TState>>.Return(this);
            callback(state);
        }

        public void ReturnUnrun()
        {
            Callback = null;
            State = default!;
            StateHolderPool<StateHolder<TState>>.Return(this);
        }
    }
}
