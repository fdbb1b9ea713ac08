using System;
using System.Collections.Generic;
using Weft.Threading;

namespace Weft.Tests.FailureSemantics;

/// <summary>
/// A delete deferred after the loop exited would never get a delete pass: it is disposed before the call returns, on
/// the thread that ran the loop, and a throwing <c>Dispose</c> is reported as a callback's throw is.
/// </summary>
public sealed class DeferredDeleteAtExitTests
{
    [Fact]
    public void A_delete_deferred_after_the_exit_is_disposed_before_the_call_returns()
    {
        using var loop = new Dispatcher("delete-after-exit");
        Assert.True(loop.RunOnce());
        loop.Exit();
        Assert.False(loop.RunOnce());

        var late = new CountingDisposable();
        loop.DeferredDelete(late);

        Assert.Equal(1, late.Disposals);
    }

    [Fact]
    public void A_delete_deferred_by_a_dispose_after_the_exit_is_disposed_before_its_own_call_returns()
    {
        using var loop = new Dispatcher("chained-delete-after-exit");
        loop.Exit();
        Assert.False(loop.RunOnce());

        var second = new CountingDisposable();
        int secondAfterItsCall = -1;
        var first = new CountingDisposable(() =>
        {
            loop.DeferredDelete(second);
            secondAfterItsCall = second.Disposals;
        });
        loop.DeferredDelete(first);

        Assert.Equal(1, first.Disposals);
        Assert.Equal(1, secondAfterItsCall);
        Assert.Equal(1, second.Disposals);
    }

    [Fact]
    public void A_throwing_dispose_after_the_exit_is_reported_not_thrown_and_the_rest_are_still_disposed()
    {
        var reported = new List<Exception>();
        using var loop = new Dispatcher("throwing-delete-after-exit", new DispatcherOptions
        {
            UnhandledExceptionHandler = (_, exception) => reported.Add(exception),
        });
        loop.Exit();
        Assert.False(loop.RunOnce());

        var thrown = new InvalidOperationException("dispose failed");
        var after = new CountingDisposable();
        loop.DeferredDelete(new CountingDisposable(() =>
        {
            loop.DeferredDelete(after);
            throw thrown;
        }));

        Assert.Same(thrown, Assert.Single(reported));
        Assert.Equal(1, after.Disposals);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
    }

    [Fact]
    public void Before_the_exit_a_deferred_delete_waits_for_the_end_of_the_iteration()
    {
        using var loop = new Dispatcher("delete-before-exit");
        var deferred = new CountingDisposable();
        int seenInCallback = -1;
        loop.Post(() =>
        {
            loop.DeferredDelete(deferred);
            seenInCallback = deferred.Disposals;
        });

        Assert.True(loop.RunOnce());

        Assert.Equal(0, seenInCallback);
        Assert.Equal(1, deferred.Disposals);
    }

    [Fact]
    public void Run_on_an_exited_loop_returns_at_once_and_runs_nothing_again()
    {
        using var loop = new Dispatcher("run-after-exit");
        int deletes = 0;
        loop.Post(() => loop.DeferredDelete(new CountingDisposable(() => deletes++)));
        loop.Exit();
        Assert.False(loop.RunOnce());
        Assert.Equal(1, deletes);

        loop.Run();

        Assert.True(loop.HasExited);
        Assert.Equal(1, deletes);
        Exception? fromOtherThread = null;
        var other = new System.Threading.Thread(() => fromOtherThread = Record.Exception(loop.Run));
        other.Start();
        Assert.True(other.Join(TimeSpan.FromSeconds(10)), "Run on an exited loop from another thread did not return within 10 s");
        Assert.Null(fromOtherThread);
    }

    private sealed class CountingDisposable(Action? onDispose = null) : IDisposable
    {
        public int Disposals { get; private set; }

        public void Dispose()
        {
            Disposals++;
            onDispose?.Invoke();
        }
    }
}
