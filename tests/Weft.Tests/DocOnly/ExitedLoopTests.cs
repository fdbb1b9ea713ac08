using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Written from docs/failure-semantics.md "Loops" and "After shutdown", the Dispatcher remarks ("Exit refuses further
// posts at once"), DispatcherSynchronizationContext.Post, DispatcherTaskScheduler.QueueTask and docs/io.md point 6.
public sealed class ExitedLoopTests
{
    [Fact]
    public async Task A_loop_told_to_exit_refuses_every_post_at_once_and_faults_InvokeAsync_without_throwing_and_runs_none_of_them()
    {
        // Not started: IsCurrentThread is true on any thread until a thread runs it, and it exits only when driven.
        using var loop = new Dispatcher("doc-exiting");
        var ran = 0;
        loop.Exit();

        Assert.True(loop.IsExitRequested);
        Assert.False(loop.HasExited);
        Assert.Throws<ObjectDisposedException>(() => loop.Post(() => ran++));
        Assert.Throws<ObjectDisposedException>(() => loop.Post(static s => s[0]++, new int[1]));
        Assert.False(loop.TryPost(() => ran++));
        Assert.False(loop.TryPost(static s => s[0]++, new int[1]));
        Task<int> invoked = loop.InvokeAsync(() => ++ran);
        Task invokedAction = loop.InvokeAsync(() => { ran++; });
        await FaultOf<ObjectDisposedException>(invoked, "InvokeAsync to an exiting loop");
        await FaultOf<ObjectDisposedException>(invokedAction, "InvokeAsync(Action) to an exiting loop");

        Assert.False(loop.RunOnce(), "RunOnce after Exit should complete the exit and report it");
        Assert.True(loop.HasExited);
        Assert.Equal(0, ran);
        Assert.Throws<ObjectDisposedException>(() => loop.Post(() => ran++));
    }

    // docs/io.md, contract 6: "Registering on a loop that is exiting or has exited throws ObjectDisposedException."
    [Fact]
    public void Registering_a_socket_on_a_loop_that_is_exiting_throws_ObjectDisposedException()
    {
        using var loop = new Dispatcher("doc-exiting-io");
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        loop.Exit();

        Assert.Throws<ObjectDisposedException>(() => loop.CreateFileEvent(socket, _ => { }, FileReadyType.Read));
    }

    // "An await continuation … that reaches a dispatcher after its loop exited is dropped: never thrown (the caller is
    // whichever thread completed the awaited task), never run on another thread. It is counted in
    // DispatcherStats.ContinuationsAfterExit … and the first one per dispatcher is logged at Warning."
    [Fact]
    public async Task Await_continuations_reaching_an_exited_loop_are_dropped_without_throwing_at_the_completer_counted_and_logged_once()
    {
        var logs = new RecordingLoggerFactory();
        using var loop = Dispatcher.Start("doc-after-exit", new DispatcherOptions { Logger = logs.CreateLogger("doc") });
        // Completed synchronously by SetResult: the continuation is handed to the loop's context on the test thread.
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var resumed = 0;
        await Within(loop.InvokeAsync(() =>
        {
            _ = ResumeAfter(first.Task);
            _ = ResumeAfter(second.Task);
        }), "starting two awaits on the loop");
        loop.Exit();
        await Within(loop.Completion, "the loop to exit");

        var thrown = Record.Exception(() => first.SetResult());
        var thrownAgain = Record.Exception(() => second.SetResult());

        Assert.Null(thrown);
        Assert.Null(thrownAgain);
        Assert.Equal(0, Volatile.Read(ref resumed));
        Assert.Equal(2, loop.Stats.ContinuationsAfterExit);
        Assert.Single(logs.At(LogLevel.Warning));

        async Task ResumeAfter(Task awaited)
        {
            await awaited;
            Interlocked.Increment(ref resumed);
        }
    }

    // DispatcherTaskScheduler.QueueTask: "After the loop exited the task is dropped (it never runs, and never runs
    // elsewhere), counted in DispatcherStats.ContinuationsAfterExit".
    [Fact]
    public async Task A_task_scheduled_on_an_exited_loops_scheduler_never_runs_anywhere_and_is_counted()
    {
        using var loop = Dispatcher.Start("doc-scheduler-after-exit");
        loop.Exit();
        await Within(loop.Completion, "the loop to exit");
        var ran = 0;

        var task = Task.Factory.StartNew(() => Interlocked.Increment(ref ran), CancellationToken.None, TaskCreationOptions.None, loop.TaskScheduler);
        Assert.Equal(1, loop.Stats.ContinuationsAfterExit);
        Assert.False(task.IsCompleted);
        Assert.Equal(0, Volatile.Read(ref ran));
    }

    // Issue 11, defect 1 (a health probe or a read still in flight at shutdown): an await on a worker outliving its loop.
    [Fact]
    public async Task An_await_on_a_worker_still_pending_when_the_pool_stops_is_dropped_and_counted_on_that_worker()
    {
        var pool = WorkerPool.Start(Options("dq-inflight", 1));
        var worker = pool.Workers[0];
        var probe = new TaskCompletionSource();
        var resumedOn = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Within(worker.InvokeAsync(() => { _ = Probe(); }), "starting the in-flight await on the worker");
        await Within(pool.StopAsync(), "the pool to stop with an await pending on a worker");

        var thrown = Record.Exception(() => probe.SetResult());

        Assert.Null(thrown);
        Assert.False(resumedOn.Task.IsCompleted, "the continuation ran after its loop exited");
        Assert.Equal(1, worker.Stats.ContinuationsAfterExit);

        async Task Probe()
        {
            await probe.Task;
            resumedOn.TrySetResult(Dispatcher.Current?.Name);
        }
    }

    [Fact]
    public async Task After_the_pool_stopped_its_loops_refuse_posts_and_InvokeAsync_faults_with_ObjectDisposedException()
    {
        var pool = WorkerPool.Start(Options("dq-stopped", 1));
        await Within(pool.StopAsync(), "the pool to stop");

        foreach (var loop in new[] { pool.Main, pool.Workers[0] })
        {
            Assert.True(loop.HasExited, $"{loop.Name} has not exited after StopAsync");
            Assert.Throws<ObjectDisposedException>(() => loop.Post(() => { }));
            Assert.False(loop.TryPost(() => { }));
            await FaultOf<ObjectDisposedException>(loop.InvokeAsync(() => 1), $"InvokeAsync to {loop.Name} after StopAsync");
        }
    }

    // "After shutdown every verb throws InvalidOperationException ("… the worker pool is shut down"); Dispose is a no-op."
    [Theory]
    [InlineData("AllocateSlot")]
    [InlineData("Set")]
    [InlineData("SetAsync")]
    [InlineData("Publish")]
    [InlineData("Publish+complete")]
    [InlineData("PublishAsync")]
    [InlineData("RunOnAllThreads")]
    [InlineData("RunOnAllThreads+complete")]
    [InlineData("RunOnAllThreadsAsync")]
    [InlineData("AddWorker")]
    [InlineData("AddWorkerAsync")]
    public async Task After_shutdown_every_slot_verb_throws_saying_the_pool_is_shut_down_and_Dispose_is_a_no_op(string verb)
    {
        var pool = WorkerPool.Start(Options("dq-verbs", 1));
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        await Within(pool.StopAsync(), "the pool to stop");
        Func<Task> call = verb switch
        {
            "AllocateSlot" => () => { pool.AllocateSlot<string>(); return Task.CompletedTask; },
            "Set" => () => { slot.Set(d => d.Name); return Task.CompletedTask; },
            "SetAsync" => () => slot.SetAsync(d => d.Name),
            "Publish" => () => { slot.Publish("x"); return Task.CompletedTask; },
            "Publish+complete" => () => { slot.Publish("x", () => { }); return Task.CompletedTask; },
            "PublishAsync" => () => slot.PublishAsync("x"),
            "RunOnAllThreads" => () => { slot.RunOnAllThreads(_ => { }); return Task.CompletedTask; },
            "RunOnAllThreads+complete" => () => { slot.RunOnAllThreads(_ => { }, () => { }); return Task.CompletedTask; },
            "RunOnAllThreadsAsync" => () => slot.RunOnAllThreadsAsync(_ => { }),
            "AddWorker" => () => { pool.AddWorker(); return Task.CompletedTask; },
            "AddWorkerAsync" => () => pool.AddWorkerAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(verb)),
        };
        var refused = await Within(Assert.ThrowsAsync<InvalidOperationException>(call), $"{verb} after shutdown to be refused");

        Assert.True(pool.IsShutdown);
        Assert.Contains("the worker pool is shut down", refused.Message, StringComparison.Ordinal);
        Assert.Null(Record.Exception(slot.Dispose));
    }
}
