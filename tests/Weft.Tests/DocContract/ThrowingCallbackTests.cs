using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>README, design "Failure semantics", DispatcherOptions.UnhandledExceptionHandler: a throwing callback never stops its loop.</summary>
public sealed class ThrowingCallbackTests : IDisposable
{
    private readonly ConcurrentQueue<(Dispatcher Dispatcher, Exception Exception)> _reported = new();
    private readonly SemaphoreSlim _reportedSignal = new(0);
    private readonly Dispatcher _loop;

    public ThrowingCallbackTests()
    {
        _loop = Dispatcher.Start("doc-throwing", new DispatcherOptions
        {
            UnhandledExceptionHandler = (d, e) =>
            {
                _reported.Enqueue((d, e));
                _reportedSignal.Release();
            },
        });
    }

    public void Dispose()
    {
        _loop.Dispose();
        _reportedSignal.Dispose();
    }

    [Fact]
    public async Task A_throwing_Post_is_reported_and_the_next_post_runs()
    {
        _loop.Post(() => throw new InvalidOperationException("post boom"));
        await NextPostRuns();

        await AssertReported("post boom");
    }

    [Fact]
    public async Task A_throwing_Post_with_state_is_reported_and_the_next_post_runs()
    {
        _loop.Post(static message => throw new InvalidOperationException(message), "state boom");
        await NextPostRuns();

        await AssertReported("state boom");
    }

    [Fact]
    public async Task A_throwing_work_item_is_reported_and_the_next_post_runs()
    {
        _loop.Post(new ThrowingWorkItem());
        await NextPostRuns();

        await AssertReported("work item boom");
    }

    [Fact]
    public async Task A_throwing_timer_is_reported_and_later_timers_still_fire()
    {
        var laterTimerFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await Bounded.Within(_loop.InvokeAsync(() =>
        {
            _loop.CreateTimer(static () => throw new InvalidOperationException("timer boom")).Enable(TimeSpan.Zero);
            _loop.CreateTimer(() => laterTimerFired.TrySetResult()).Enable(TimeSpan.FromMilliseconds(5));
        }), "arming the timers");

        await Bounded.Within(laterTimerFired.Task, "a timer armed after a throwing one fires");
        await NextPostRuns();
        await AssertReported("timer boom");
    }

    [Fact]
    public async Task A_throwing_await_continuation_is_reported_on_its_loop_and_the_loop_goes_on()
    {
        var threwOn = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _loop.Post(async () =>
        {
            await Task.Yield();
            threwOn.TrySetResult(_loop.IsCurrentThread && Dispatcher.Current == _loop);
            throw new InvalidOperationException("continuation boom");
        });

        Assert.True(await Bounded.Within(threwOn.Task, "the continuation after await runs"), "the continuation resumed off its loop");
        await NextPostRuns();
        await AssertReported("continuation boom");
    }

    [Fact]
    public async Task Exceptions_are_counted_in_the_loop_statistics()
    {
        long before = await Bounded.Within(_loop.InvokeAsync(() => _loop.Stats.UnhandledExceptions), "reading the stats");
        _loop.Post(static () => throw new InvalidOperationException("counted boom"));
        _loop.Post(static () => throw new InvalidOperationException("counted boom 2"));
        long after = await Bounded.Within(_loop.InvokeAsync(() => _loop.Stats.UnhandledExceptions), "reading the stats");

        Assert.Equal(before + 2, after);
    }

    [Fact]
    public async Task A_pool_worker_survives_a_throwing_callback_and_the_pool_handler_receives_it()
    {
        var reported = new ConcurrentQueue<(Dispatcher Dispatcher, Exception Exception)>();
        await using var pool = WorkerPool.Start(new WorkerPoolOptions
        {
            WorkerCount = 1,
            GuardDog = null,
            StatsFlushInterval = TimeSpan.Zero,
            ShutdownTimeout = TimeSpan.FromSeconds(10),
            UnhandledExceptionHandler = (d, e) => reported.Enqueue((d, e)),
        });
        Dispatcher worker = pool.Workers[0];

        worker.Post(static () => throw new InvalidOperationException("worker boom"));
        bool ranNext = await Bounded.Within(worker.InvokeAsync(() => worker.IsCurrentThread), "a post after the throwing one runs on the worker");

        Assert.True(ranNext);
        var (dispatcher, exception) = Assert.Single(reported);
        Assert.Same(worker, dispatcher);
        Assert.Equal("worker boom", exception.Message);
    }

    private async Task NextPostRuns()
    {
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _loop.Post(() => ran.TrySetResult());
        await Bounded.Within(ran.Task, "a callback posted after the throwing one runs: the loop survived");
        Assert.False(_loop.HasExited, "the loop exited after a throwing callback");
    }

    private async Task AssertReported(string message)
    {
        Assert.True(await _reportedSignal.WaitAsync(Bounded.Limit), $"the handler never received '{message}'");
        var (dispatcher, exception) = Assert.Single(_reported);
        Assert.Same(_loop, dispatcher);
        Assert.Equal(message, exception.Message);
    }

    private sealed class ThrowingWorkItem : IDispatcherWorkItem
    {
        public void Execute() => throw new InvalidOperationException("work item boom");
    }
}
