using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

public sealed class DeferredDeleteTests
{
    [Fact]
    public void Deferred_deletes_run_at_the_end_of_the_iteration_in_request_order()
    {
        var dispatcher = new Dispatcher("deletes");
        var log = new List<string>();
        dispatcher.Post(() =>
        {
            dispatcher.DeferredDelete(new Disposable(() => log.Add("a")));
            dispatcher.DeferredDelete(new Disposable(() => log.Add("b")));
            log.Add("callback done");
        });
        dispatcher.Post(() => log.Add("second callback"));
        dispatcher.RunOnce();
        Assert.Equal(new[] { "callback done", "second callback", "a", "b" }, log);
        dispatcher.Dispose();
    }

    [Fact]
    public void Deletes_requested_during_a_delete_pass_get_another_pass_in_the_same_iteration()
    {
        var dispatcher = new Dispatcher("reentrant");
        var log = new List<string>();
        dispatcher.Post(() => dispatcher.DeferredDelete(new Disposable(() =>
        {
            log.Add("outer");
            dispatcher.DeferredDelete(new Disposable(() =>
            {
                log.Add("inner");
                dispatcher.DeferredDelete(new Disposable(() => log.Add("innermost")));
            }));
        })));
        dispatcher.RunOnce();
        Assert.Equal(new[] { "outer", "inner", "innermost" }, log);
        dispatcher.Dispose();
    }

    [Fact]
    public void A_throwing_dispose_is_reported_and_the_rest_of_the_pass_still_runs()
    {
        int reported = 0;
        var dispatcher = new Dispatcher("throwing-delete", new DispatcherOptions { UnhandledExceptionHandler = (_, _) => reported++ });
        bool secondDisposed = false;
        dispatcher.Post(() =>
        {
            dispatcher.DeferredDelete(new Disposable(() => throw new InvalidOperationException("dispose failed")));
            dispatcher.DeferredDelete(new Disposable(() => secondDisposed = true));
        });
        dispatcher.RunOnce();
        Assert.Equal(1, reported);
        Assert.True(secondDisposed);
        dispatcher.Dispose();
    }

    [Fact]
    public void Deferred_delete_off_the_loop_thread_throws()
    {
        using var dispatcher = Dispatcher.Start("delete-owned");
        Assert.Throws<InvalidOperationException>(() => dispatcher.DeferredDelete(new Disposable(() => { })));
    }

    [Fact]
    public void Pending_deletes_run_when_the_loop_exits()
    {
        using var disposed = new ManualResetEventSlim();
        var dispatcher = Dispatcher.Start("delete-at-exit");
        dispatcher.Post(() =>
        {
            dispatcher.DeferredDelete(new Disposable(disposed.Set));
            dispatcher.Exit();
        });
        dispatcher.Completion.Completes("the loop exit");
        Assert.True(disposed.IsSet);
        dispatcher.Dispose();
    }

    private sealed class Disposable(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
