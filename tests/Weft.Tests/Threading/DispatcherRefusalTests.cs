using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Tests.FailureSemantics;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// Every refusal a dispatcher makes is named (design, "Failure semantics"): after exit each post and registration
/// says what was not queued, each loop-only call off the loop says what was tried, from which thread and whose loop it
/// is, and running a loop from the wrong thread or nested is refused with the reason. Loggers hear the rest.
/// </summary>
public sealed class DispatcherRefusalTests
{
    [Fact]
    public void After_exit_every_post_is_refused_saying_the_callback_was_not_queued()
    {
        using var dispatcher = new Dispatcher("gone");
        dispatcher.Exit();
        const string NotQueued = "Dispatcher 'gone' has exited or is exiting; the callback was not queued.";

        Assert.StartsWith(NotQueued, Assert.Throws<ObjectDisposedException>(() => dispatcher.Post(() => { })).Message, StringComparison.Ordinal);
        Assert.StartsWith(NotQueued, Assert.Throws<ObjectDisposedException>(() => dispatcher.Post(_ => { }, "state")).Message, StringComparison.Ordinal);
        Assert.StartsWith(NotQueued, Assert.Throws<ObjectDisposedException>(() => dispatcher.Post(new NoWork())).Message, StringComparison.Ordinal);
        Assert.Equal("gone", Assert.Throws<ObjectDisposedException>(() => dispatcher.Post(() => { })).ObjectName);

        Assert.False(dispatcher.TryPost(() => { }));
        Assert.False(dispatcher.TryPost(_ => { }, "state"));
        Assert.False(dispatcher.TryPost(_ => { }, 42L));
        Assert.False(dispatcher.TryPost(_ => { }, new HeldState("held", 1)));
        Assert.False(dispatcher.TryPost(new NoWork()));
        Assert.Equal(0, dispatcher.Stats.QueueDepth);
    }

    [Fact]
    public void After_exit_invokes_fault_saying_the_call_was_not_queued_and_registrations_saying_nothing_was_registered()
    {
        using var dispatcher = new Dispatcher("gone-invoke");
        using var pair = SocketPair.Open();
        dispatcher.Exit();

        Task<int> function = dispatcher.InvokeAsync(() => 1);
        Task action = dispatcher.InvokeAsync(() => { });

        Assert.True(function.IsFaulted && action.IsFaulted, "an invoke after exit did not fault at once");
        var refused = Assert.IsType<ObjectDisposedException>(function.Exception!.InnerException);
        Assert.StartsWith("Dispatcher 'gone-invoke' has exited or is exiting; the call was not queued.", refused.Message, StringComparison.Ordinal);
        Assert.IsType<ObjectDisposedException>(action.Exception!.InnerException);
        var registration = Assert.Throws<ObjectDisposedException>(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read));
        Assert.StartsWith("Dispatcher 'gone-invoke' has exited or is exiting; the file event was not registered.", registration.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invokes_complete_with_the_result_or_the_exception_and_refuse_a_null_action()
    {
        using var dispatcher = new Dispatcher("invoke");
        bool ran = false;
        Task<int> result = dispatcher.InvokeAsync(() => 7);
        Task action = dispatcher.InvokeAsync(() => ran = true);
        Task<int> failing = dispatcher.InvokeAsync<int>(() => throw new InvalidOperationException("invoked function fails"));
        Assert.Throws<ArgumentNullException>("action", () => { _ = dispatcher.InvokeAsync((Action)null!); });

        Assert.True(dispatcher.RunOnce());

        Assert.Equal(7, result.Result("the function's result"));
        action.Completes("the action");
        Assert.True(ran);
        Assert.Equal("invoked function fails", Assert.IsType<InvalidOperationException>(failing.Exception!.InnerException).Message);
    }

    [Fact]
    public void A_refused_post_of_a_held_state_returns_its_holder_to_the_pool_cleared()
    {
        using var dispatcher = new Dispatcher("held-refused");
        StateHolder<HeldState> warm = StateHolderPool<StateHolder<HeldState>>.Rent();
        StateHolderPool<StateHolder<HeldState>>.Return(warm);
        dispatcher.Exit();

        Assert.False(dispatcher.TryPost(_ => { }, new HeldState("refused", 2)));

        StateHolder<HeldState> next = StateHolderPool<StateHolder<HeldState>>.Rent();
        Assert.Same(warm, next);
        Assert.Null(next.Callback);
        Assert.Equal(default, next.State);
        StateHolderPool<StateHolder<HeldState>>.Return(next);
    }

    [Fact]
    public void Continuations_are_accepted_until_exit_and_refused_after_it()
    {
        using var dispatcher = new Dispatcher("continuations");
        int ran = 0;
        Assert.True(dispatcher.PostContinuation((SendOrPostCallback)(_ => ran++), null));
        Assert.True(dispatcher.PostContinuation(_ => ran++, Task.CompletedTask));
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(2, ran);

        dispatcher.Exit();
        Assert.False(dispatcher.PostContinuation((SendOrPostCallback)(_ => ran++), null));
        Assert.False(dispatcher.PostContinuation(_ => ran++, Task.CompletedTask));
        Assert.Equal(2, dispatcher.Stats.ContinuationsAfterExit);
    }

    [Fact]
    public void The_first_continuation_after_exit_is_logged_once_with_what_happens_to_further_ones()
    {
        var logger = new CollectingLogger();
        using var dispatcher = new Dispatcher("late", new DispatcherOptions { Logger = logger });
        dispatcher.Exit();
        Assert.False(dispatcher.RunOnce());

        dispatcher.SynchronizationContext.Post(_ => { }, null);
        dispatcher.SynchronizationContext.Post(_ => { }, null);

        var warning = Assert.Single(logger.Messages, m => m.Level == LogLevel.Warning);
        Assert.Contains("Dispatcher 'late' was sent an await continuation or task after its loop exited", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Further ones are only counted (DispatcherStats.ContinuationsAfterExit).", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, dispatcher.Stats.ContinuationsAfterExit);
    }

    [Fact]
    public void Loop_only_calls_off_the_loop_name_the_call_the_calling_thread_and_the_owner()
    {
        using var dispatcher = Dispatcher.Start("owner-of-timers");
        DispatcherTimer timer = dispatcher.Invoke(() => dispatcher.CreateTimer(() => { }));

        // The misuse WEFT0005 reports is the point of this test: what the runtime says when it happens anyway.
#pragma warning disable WEFT0005
        string named = RefusalOnThread("a-named-caller", () => dispatcher.CreateTimer(() => { }));
        Assert.Equal(
            "Cannot create a timer from thread 'a-named-caller': it belongs to dispatcher 'owner-of-timers' and is used only on that dispatcher's thread. Post the call to the dispatcher instead.",
            named);
        int unnamedId = 0;
        string unnamed = RefusalOnThread(null, () =>
        {
            unnamedId = Environment.CurrentManagedThreadId;
            dispatcher.DeferredDelete(timer);
        });
#pragma warning restore WEFT0005
        Assert.StartsWith($"Cannot defer a delete from thread '{unnamedId}': it belongs to dispatcher 'owner-of-timers'", unnamed, StringComparison.Ordinal);
        Assert.StartsWith("Cannot arm a timer from thread", RefusalOnThread("arming", () => timer.Enable(TimeSpan.FromSeconds(1))), StringComparison.Ordinal);
        Assert.StartsWith("Cannot disarm a timer from thread", RefusalOnThread("disarming", timer.Disable), StringComparison.Ordinal);
    }

    [Fact]
    public void Running_a_loop_from_a_thread_that_does_not_own_it_or_nested_is_refused_with_the_reason()
    {
        using var started = Dispatcher.Start("owned-elsewhere");
        var notOwner = Assert.Throws<InvalidOperationException>(() => started.RunOnce());
        Assert.Equal("Dispatcher 'owned-elsewhere' is owned by another thread; only that thread may run it.", notOwner.Message);
        Assert.Equal(notOwner.Message, Assert.Throws<InvalidOperationException>(started.Run).Message);

        using var dispatcher = new Dispatcher("nested");
        Exception? nestedRunOnce = null;
        Exception? nestedRun = null;
        dispatcher.Post(() =>
        {
            nestedRunOnce = Record.Exception(() => dispatcher.RunOnce());
            nestedRun = Record.Exception(dispatcher.Run);
        });
        Assert.True(dispatcher.RunOnce());

        const string NoNesting = "Dispatcher 'nested' is already running on this thread (Run and RunOnce do not nest).";
        Assert.Equal(NoNesting, Assert.IsType<InvalidOperationException>(nestedRunOnce).Message);
        Assert.Equal(NoNesting, Assert.IsType<InvalidOperationException>(nestedRun).Message);
        Assert.True(dispatcher.RunOnce(), "the loop did not leave its run: a second RunOnce was refused");
    }

    [Fact]
    public void A_throwing_handler_is_logged_as_such_and_a_failing_file_event_is_logged_with_the_event()
    {
        var logger = new CollectingLogger();
        using var dispatcher = new Dispatcher("handlers", new DispatcherOptions
        {
            Logger = logger,
            UnhandledExceptionHandler = (_, _) => throw new InvalidOperationException("handler fails"),
        });
        using var pair = SocketPair.Open();
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => throw new InvalidOperationException("file event fails"), FileReadyType.Read);
        fileEvent.Activate(FileReadyType.Read);
        dispatcher.Post(() => throw new InvalidOperationException("callback fails"));

        Assert.True(dispatcher.RunOnce());

        Assert.Equal(2, logger.Count(m => m == "The unhandled-exception handler of dispatcher 'handlers' threw."));
        Assert.Equal(1, logger.Count(m => m == $"A file-event callback threw on dispatcher 'handlers' ({fileEvent})."));
        Assert.Equal(2, dispatcher.Stats.UnhandledExceptions);
    }

    [Fact]
    public void Without_a_handler_a_callback_s_exception_is_logged_naming_the_dispatcher()
    {
        var logger = new CollectingLogger();
        using var dispatcher = new Dispatcher("no-handler", new DispatcherOptions { Logger = logger });
        dispatcher.Post(() => throw new InvalidOperationException("callback fails"));

        Assert.True(dispatcher.RunOnce());

        var error = Assert.Single(logger.Messages);
        Assert.Equal((LogLevel.Error, "Unhandled exception in a callback on dispatcher 'no-handler'; the loop goes on."), error);
    }

    private static string RefusalOnThread(string? name, Action call)
    {
        Exception? caught = null;
        var thread = new Thread(() => caught = Record.Exception(call)) { Name = name, IsBackground = true };
        thread.Start();
        if (!thread.Join(TestWait.Timeout))
        {
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for a call on thread '{name}'.");
        }

        return Assert.IsType<InvalidOperationException>(caught).Message;
    }

    private readonly record struct HeldState(string Reference, long Value);

    private sealed class NoWork : IDispatcherWorkItem
    {
        public void Execute()
        {
        }
    }
}
