using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocOnly14;

/// <summary>
/// The exit's own delete pass and what code running in it (or after it) may do. docs/failure-semantics.md "Loops":
/// "`DeferredDelete` after the exit ... disposes the object before it returns: the exit's last delete pass is over";
/// "Arming or creating a timer after the exit throws `ObjectDisposedException` naming the dispatcher"; Exit XML: "Posts
/// are refused from this moment"; DispatcherOptions.UnhandledExceptionHandler: "Called on the loop thread with each
/// exception a callback, timer or deferred delete throws".
/// </summary>
public sealed class ExitPassTests
{
    // A Start()ed loop: a delete asked for just before Exit is disposed on the loop's thread before Completion.
    [Fact]
    public async Task Started_loop_disposes_a_pending_delete_on_its_thread_before_completing()
    {
        Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("xp-started"));
        var probe = new Probe14();
        Task<int> loopThread = loop.InvokeAsync(() =>
        {
            loop.DeferredDelete(probe);
            loop.Exit();
            return Environment.CurrentManagedThreadId;
        });
        await Kit14.Within(loop.Completion, "the started loop to complete");
        Assert.True(loop.HasExited);
        Assert.Equal(1, probe.Disposals);
        Assert.Equal(await loopThread, probe.DisposedOnThread);
        loop.Dispose();
    }

    // A Start()ed loop under Drain: a delete asked for by a callback drained at exit is done before Completion.
    [Fact]
    public async Task Started_loop_disposes_a_delete_asked_for_by_a_drained_callback()
    {
        Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("xp-started-drain"));
        var probe = new Probe14();
        using var hold = new ManualResetEventSlim();
        using var holding = new ManualResetEventSlim();
        loop.Post(() =>
        {
            holding.Set();
            Kit14.WaitSet(hold, "the test to queue work and exit");
        });
        Kit14.WaitSet(holding, "the loop to be busy");
        loop.Post(() => loop.DeferredDelete(probe));
        loop.Exit();
        hold.Set();
        await Kit14.Within(loop.Completion, "the started loop to complete");
        Assert.Equal(1, probe.Disposals);
        loop.Dispose();
    }

    // Exit XML "Posts are refused from this moment": a Dispose run in the exit's delete pass cannot post; Post throws
    // ObjectDisposedException and TryPost returns false; the loop still completes its exit.
    [Fact]
    public void Dispose_in_the_exit_pass_cannot_post()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("xp-post"));
        Exception? fromPost = null;
        bool? fromTryPost = null;
        var probe = new Probe14(() =>
        {
            fromPost = Record.Exception(() => loop.Post(() => { }));
            fromTryPost = loop.TryPost(() => { });
        });
        loop.Post(() =>
        {
            loop.DeferredDelete(probe);
            loop.Exit();
        });
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.Equal(1, probe.Disposals);
        Assert.IsType<ObjectDisposedException>(fromPost);
        Assert.False(fromTryPost);
    }

    // "Arming or creating a timer after the exit throws ObjectDisposedException naming the dispatcher", and "A Dispose
    // that throws is reported and counted as a callback's exception; the call itself does not throw": a post-exit
    // delete whose Dispose creates a timer gets that exception reported, not thrown.
    [Fact]
    public void Dispose_after_exit_that_creates_a_timer_is_refused_and_reported_not_thrown()
    {
        var reported = new ConcurrentQueue<Exception>();
        using var loop = new Dispatcher(Kit14.UniqueName("xp-timer"), new DispatcherOptions { UnhandledExceptionHandler = (_, e) => reported.Enqueue(e) });
        Kit14.ExitManual(loop);
        Exception? thrown = Record.Exception(() => loop.DeferredDelete(new Probe14(() => loop.CreateTimer(() => { }))));
        Assert.Null(thrown);
        Exception error = Assert.Single(reported);
        ObjectDisposedException disposed = Assert.IsType<ObjectDisposedException>(error);
        Assert.Contains(loop.Name, disposed.Message, StringComparison.Ordinal);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
    }

    // UnhandledExceptionHandler: "Called on the loop thread": for a post-exit delete, the owner thread that called
    // DeferredDelete.
    [Fact]
    public void Handler_for_a_post_exit_delete_runs_on_the_calling_owner_thread()
    {
        int handlerThread = -1;
        using var loop = new Dispatcher(Kit14.UniqueName("xp-handler-thread"), new DispatcherOptions { UnhandledExceptionHandler = (_, _) => handlerThread = Environment.CurrentManagedThreadId });
        Kit14.ExitManual(loop);
        loop.DeferredDelete(new Probe14(() => throw new InvalidOperationException("x")));
        Assert.Equal(Environment.CurrentManagedThreadId, handlerThread);
    }

    // A drained callback (Drain) cannot post more: refused from the moment of Exit.
    [Fact]
    public void Drained_callback_cannot_post_more()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("xp-drain-post"));
        loop.RunOnce();
        Exception? fromPost = null;
        bool ran = false;
        loop.Post(() =>
        {
            fromPost = Record.Exception(() => loop.Post(() => { }));
            ran = true;
        });
        loop.Exit();
        Kit14.Pump(loop, () => loop.HasExited, "the exit");
        Assert.True(ran);
        Assert.IsType<ObjectDisposedException>(fromPost);
    }

    // "or nested inside a callback": an await continuation on the loop is a callback too.
    [Fact]
    public async Task RunOnce_inside_an_await_continuation_on_a_started_loop_throws_naming_the_loop()
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("xp-await"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<Exception?> inner = loop.InvokeAsync(async () =>
        {
            await gate.Task;
            return (Exception?)Record.Exception(() => loop.RunOnce());
        }).Unwrap();
        gate.SetResult();
        await Kit14.Within(inner, "the continuation");
        InvalidOperationException ioe = Assert.IsType<InvalidOperationException>(await inner);
        Assert.Contains(loop.Name, ioe.Message, StringComparison.Ordinal);
    }

    // Stats after the exit are readable from any thread and count the post-exit delete failures.
    [Fact]
    public void Stats_after_exit_count_post_exit_delete_failures_and_are_readable_elsewhere()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("xp-stats"), new DispatcherOptions { UnhandledExceptionHandler = (_, _) => { } });
        Kit14.ExitManual(loop);
        for (int i = 0; i < 3; i++)
        {
            loop.DeferredDelete(new Probe14(() => throw new InvalidOperationException("x")));
        }

        long seen = -1;
        Kit14.OnOwnThread(() => seen = loop.Stats.UnhandledExceptions, "stats read elsewhere");
        Assert.Equal(3, seen);
    }

    // Two rules meet: "RunOnce on a loop that has exited returns false at once, from any thread" and "nested inside a
    // callback ... throws InvalidOperationException". A Dispose run by a post-exit DeferredDelete calls RunOnce and
    // Run. Reading: the loop has exited, so RunOnce returns false (either answer is accepted here, as the docs do not
    // say which wins), and neither hangs nor runs anything.
    [Fact]
    public void RunOnce_and_Run_inside_a_post_exit_Dispose_neither_hang_nor_run_anything()
    {
        using var loop = new Dispatcher(Kit14.UniqueName("xp-nested-after-exit"));
        Kit14.ExitManual(loop);
        object? fromRunOnce = null;
        Exception? fromRun = null;
        Kit14.OnOwnThread(() => { }, "warm-up");
        loop.DeferredDelete(new Probe14(() =>
        {
            try
            {
                fromRunOnce = loop.RunOnce();
            }
            catch (InvalidOperationException ex)
            {
                fromRunOnce = ex;
            }

            fromRun = Record.Exception(loop.Run);
        }));
        Assert.True(fromRunOnce is false or InvalidOperationException, $"RunOnce inside a post-exit Dispose: {fromRunOnce}");
        Assert.True(fromRun is null or InvalidOperationException, $"Run inside a post-exit Dispose: {fromRun}");
        Assert.Equal(0, loop.Stats.UnhandledExceptions);
    }
}
