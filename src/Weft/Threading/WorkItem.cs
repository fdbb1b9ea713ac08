using System;
using System.Threading;
using Weft.Internal;

namespace Weft.Threading;

/// <summary>
/// One queued callback: an invoker shared by every post of the same shape, the user's delegate and its state.
/// Three references, so posting a delegate with reference-type state allocates nothing.
/// </summary>
internal readonly struct WorkItem
{
    private readonly Action<object, object?> _invoker;
    private readonly object _callback;
    private readonly object? _state;

    private WorkItem(Action<object, object?> invoker, object callback, object? state)
    {
        _invoker = invoker;
        _callback = callback;
        _state = state;
    }

    public static WorkItem ForAction(Action callback) => new(Invokers.Action, callback, null);

    public static WorkItem ForWorkItem(IDispatcherWorkItem item) => new(Invokers.WorkItem, item, null);

    public static WorkItem ForSendOrPost(SendOrPostCallback callback, object? state) => new(Invokers.SendOrPost, callback, state);

    public static WorkItem ForState<TState>(Action<TState> callback, TState state)
    {
        if (typeof(TState).IsValueType)
        {
            // A value type would box; a pooled holder is reused instead.
            StateHolder<TState> holder = StateHolder<TState>.Pool.Rent();
            holder.Callback = callback;
            holder.State = state;
            return new(StateHolder<TState>.Invoker, holder, null);
        }

        return new(Invokers<TState>.WithState, callback, state);
    }

    public object Callback => _callback;

    public void Invoke() => _invoker(_callback, _state);

    /// <summary>Releases pooled resources of an item that will not run (discarded at shutdown).</summary>
    public void Discard()
    {
        if (_callback is IPooledHolder pooled)
        {
            pooled.ReturnUnrun();
        }
    }

    private static class Invokers
    {
        public static readonly Action<object, object?> Action = static (callback, _) => ((Action)callback)();
        public static readonly Action<object, object?> WorkItem = static (callback, _) => ((IDispatcherWorkItem)callback).Execute();
        public static readonly Action<object, object?> SendOrPost = static (callback, state) => ((SendOrPostCallback)callback)(state);
    }

    private static class Invokers<TState>
    {
        public static readonly Action<object, object?> WithState = static (callback, state) => ((Action<TState>)callback)((TState)state!);
    }

    private interface IPooledHolder
    {
        void ReturnUnrun();
    }

    private sealed class StateHolder<TState> : IPooledHolder
    {
        public static readonly ObjectPool<StateHolder<TState>> Pool = new(static () => new StateHolder<TState>());

        public static readonly Action<object, object?> Invoker = static (holder, _) => ((StateHolder<TState>)holder).Run();

        public Action<TState>? Callback;
        public TState State = default!;

        private void Run()
        {
            Action<TState> callback = Callback!;
            TState state = State;
            Callback = null;
            State = default!;
            Pool.Return(this);
            callback(state);
        }

        public void ReturnUnrun()
        {
            Callback = null;
            State = default!;
            Pool.Return(this);
        }
    }
}
