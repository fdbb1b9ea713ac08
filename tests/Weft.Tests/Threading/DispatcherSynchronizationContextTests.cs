using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// <see cref="DispatcherSynchronizationContext"/> beyond the await path: null callbacks are refused by name, Send on
/// the loop's own thread runs inline (exactly once, before it returns), and a copy is the same context.
/// </summary>
public sealed class DispatcherSynchronizationContextTests
{
    [Fact]
    public void Post_and_Send_refuse_a_null_callback_by_name()
    {
        using var dispatcher = new Dispatcher("null-callbacks");
        SynchronizationContext context = dispatcher.SynchronizationContext;

        Assert.Throws<ArgumentNullException>("d", () => context.Post(null!, null));
        Assert.Throws<ArgumentNullException>("d", () => context.Send(null!, null));
        Assert.Equal(0, dispatcher.Stats.QueueDepth);
    }

    [Fact]
    public void Send_on_the_loop_thread_runs_the_callback_inline_exactly_once()
    {
        using var dispatcher = Dispatcher.Start("send-inline");
        SynchronizationContext context = dispatcher.SynchronizationContext;

        (int RanBeforeReturn, object? State, long CallbacksBefore, long CallbacksAfter) seen = dispatcher.Invoke(() =>
        {
            int ran = 0;
            object? state = null;
            long before = dispatcher.Stats.CallbacksRun;
            context.Send(s => { ran++; state = s; }, "the state");
            return (ran, state, before, dispatcher.Stats.CallbacksRun);
        });

        Assert.Equal(1, seen.RanBeforeReturn);
        Assert.Equal("the state", seen.State);
        // Nothing was posted for it: the loop's callback count did not move while Send ran.
        Assert.Equal(seen.CallbacksBefore, seen.CallbacksAfter);
        dispatcher.Flush();
    }

    [Fact]
    public void Send_before_any_thread_owns_the_loop_runs_inline_and_returns()
    {
        // Not started and never run: every thread counts as the loop's (IsCurrentThread), so Send must not queue and wait.
        using var dispatcher = new Dispatcher("send-unbound");
        SynchronizationContext context = dispatcher.SynchronizationContext;
        int ran = 0;

        Task send = Task.Run(() => context.Send(_ => Interlocked.Increment(ref ran), null));

        send.Completes("Send on a loop no thread owns yet");
        Assert.Equal(1, Volatile.Read(ref ran));
        Assert.Equal(0, dispatcher.Stats.QueueDepth);
    }

    [Fact]
    public void A_copy_is_the_same_context_bound_to_the_same_dispatcher()
    {
        using var dispatcher = new Dispatcher("copy");
        var context = (DispatcherSynchronizationContext)dispatcher.SynchronizationContext;

        Assert.Same(context, context.CreateCopy());
        Assert.Same(dispatcher, context.Dispatcher);
    }
}
