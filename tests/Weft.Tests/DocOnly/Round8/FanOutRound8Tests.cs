using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using Weft.Stats;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round8;

// The one line that calls a main-only member from another thread on purpose (to check the refusal) disables WEFT0005
// around itself only.

// Fan-out completions from Slot's and StatsStore's XML docs: RunOnAllThreads(update, complete) and
// Publish(value, onAllApplied) run their completion "on main exactly once ..., always in a later turn of main's loop,
// never inside this call"; Flush(callback) "runs the callback on main exactly once".
public sealed class FanOutRound8Tests
{
    private sealed class Box
    {
        public int Value;
    }

    private static async Task<(WorkerPool Pool, HandlerLog Log)> StartAsync(string prefix, int workers)
    {
        var log = new HandlerLog();
        var options = DocOnlyKit.Options(prefix, workers);
        options.UnhandledExceptionHandler = log.Handle;
        var pool = WorkerPool.Start(options);
        await Task.CompletedTask;
        return (pool, log);
    }

    // RunOnAllThreads(update, complete): "complete runs on main exactly once ... always in a later turn of main's
    // loop, never inside this call" — with no worker at all, main is the only thread and the race is certain.
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task RunOnAllThreads_completion_runs_on_main_once_after_the_call_returned(int workers)
    {
        var (pool, _) = await StartAsync($"r8-roat{workers}", workers);
        await using var _pool = pool;
        var slot = pool.AllocateSlot<Box>();
        await DocOnlyKit.Within(slot.SetAsync(_ => new Box()), "setting the slot");

        var completions = new ConcurrentQueue<(bool CallReturned, Dispatcher? On)>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var updates = 0;
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() =>
        {
            var returned = false;
            slot.RunOnAllThreads(
                box =>
                {
                    box.Value++;
                    Interlocked.Increment(ref updates);
                },
                () =>
                {
                    completions.Enqueue((returned, Dispatcher.Current));
                    done.TrySetResult();
                });
            returned = true;
        }), "the call on main");
        await DocOnlyKit.Within(done.Task, "the completion");
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => { }), "a later main turn (a second completion would show)");

        var (callReturned, on) = Assert.Single(completions);
        Assert.True(callReturned, "the completion ran inside RunOnAllThreads");
        Assert.Same(pool.Main, on);
        Assert.Equal(workers + 1, Volatile.Read(ref updates));
    }

    // Two fan-outs started in one turn of main: each completion runs once, later, on main — and the first one
    // started completes first (each thread runs them in the order main posted them).
    [Fact]
    public async Task Two_fan_outs_started_in_one_main_turn_complete_once_each_in_order()
    {
        var (pool, _) = await StartAsync("r8-two", 2);
        await using var _pool = pool;
        var slot = pool.AllocateSlot<Box>();
        await DocOnlyKit.Within(slot.SetAsync(_ => new Box()), "setting the slot");
        var order = new ConcurrentQueue<string>();
        var both = new CountdownEvent(2);
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() =>
        {
            slot.RunOnAllThreads(b => b.Value++, () =>
            {
                order.Enqueue("first");
                both.Signal();
            });
            slot.RunOnAllThreads(b => b.Value *= 10, () =>
            {
                order.Enqueue("second");
                both.Signal();
            });
            Assert.Empty(order);
        }), "the two calls on main");
        await DocOnlyKit.Within(Task.Run(() => both.Wait(DocOnlyKit.Bound)), "both completions");
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => { }), "a later main turn");
        Assert.Equal(new[] { "first", "second" }, order);

        // Each thread ran the two updates in order: (0 + 1) * 10.
        foreach (var worker in pool.Workers)
        {
            Assert.Equal(10, await DocOnlyKit.Within(worker.InvokeAsync(() => slot.Get().Value), $"reading on {worker.Name}"));
        }
    }

    // Publish(value, onAllApplied): "runs on main exactly once after every thread switched ..., in a later turn of
    // main's loop". Two publishes in a row: when the second's callback runs, every thread holds the second value.
    [Fact]
    public async Task Successive_publishes_complete_in_order_and_the_last_callback_sees_every_thread_switched()
    {
        var (pool, _) = await StartAsync("r8-publish", 2);
        await using var _pool = pool;
        var slot = pool.AllocateSlot<string>();
        var order = new ConcurrentQueue<string>();
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() =>
        {
            var returned = false;
            slot.Publish("v1", () => order.Enqueue(returned ? "v1 done" : "v1 done INSIDE the call"));
            slot.Publish("v2", () =>
            {
                order.Enqueue(returned ? "v2 done" : "v2 done INSIDE the call");
                second.TrySetResult();
            });
            returned = true;
        }), "publishing on main");
        await DocOnlyKit.Within(second.Task, "the second publish's callback");
        Assert.Equal(new[] { "v1 done", "v2 done" }, order);
        Assert.Equal("v2", await DocOnlyKit.Within(pool.Main.InvokeAsync(slot.Get), "reading on main"));
        foreach (var worker in pool.Workers)
        {
            Assert.Equal("v2", await DocOnlyKit.Within(worker.InvokeAsync(slot.Get), $"reading on {worker.Name}"));
        }
    }

    // "Callback forms (no Task) report each exception to WorkerPoolOptions.UnhandledExceptionHandler ... on the
    // thread where it threw, and the completion still runs on main exactly once"; "Both forms count every such
    // exception in weft.slot.callback_exceptions".
    [Fact]
    public async Task A_worker_throwing_in_the_update_is_reported_on_that_worker_and_the_completion_still_runs_once()
    {
        var (pool, log) = await StartAsync("r8-throw", 2);
        await using var _pool = pool;
        var slot = pool.AllocateSlot<Box>();
        await DocOnlyKit.Within(slot.SetAsync(_ => new Box()), "setting the slot");
        var before = DocOnlyKit.CounterTotal(await DocOnlyKit.Within(pool.Stats.FlushAsync(), "flush before"), "weft.slot.callback_exceptions");
        var thrower = pool.Workers[1];
        var completions = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ranOn = new ConcurrentQueue<Dispatcher>();
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => slot.RunOnAllThreads(
            _ =>
            {
                ranOn.Enqueue(Dispatcher.Current!);
                if (Dispatcher.Current == thrower)
                {
                    throw new InvalidOperationException("update boom");
                }
            },
            () =>
            {
                Interlocked.Increment(ref completions);
                done.TrySetResult();
            })), "the call on main");
        await DocOnlyKit.Within(done.Task, "the completion");
        await log.WaitForAsync(1, "the worker's exception");
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => { }), "a later main turn");

        Assert.Equal(1, Volatile.Read(ref completions));
        Assert.Equal(3, ranOn.Count);
        var (dispatcher, exception, reportedOn) = Assert.Single(log.Reports);
        Assert.Same(thrower, dispatcher);
        Assert.Same(thrower, reportedOn);
        Assert.Equal("update boom", exception.Message);
        var after = DocOnlyKit.CounterTotal(await DocOnlyKit.Within(pool.Stats.FlushAsync(), "flush after"), "weft.slot.callback_exceptions");
        Assert.Equal(1, after - before);
    }

    // "A worker whose loop has exited is not reached: ... the completion still runs."
    [Fact]
    public async Task A_fan_out_over_a_worker_whose_loop_exited_still_completes_once_on_main()
    {
        var (pool, _) = await StartAsync("r8-exited", 2);
        await using var _pool = pool;
        var slot = pool.AllocateSlot<Box>();
        await DocOnlyKit.Within(slot.SetAsync(_ => new Box()), "setting the slot");
        var gone = pool.Workers[0];
        await Round8Kit.ExitAsync(gone);

        var ranOn = new ConcurrentQueue<Dispatcher>();
        var completions = new ConcurrentQueue<Dispatcher?>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => slot.RunOnAllThreads(
            _ => ranOn.Enqueue(Dispatcher.Current!),
            () =>
            {
                completions.Enqueue(Dispatcher.Current);
                done.TrySetResult();
            })), "the call on main");
        await DocOnlyKit.Within(done.Task, "the completion with one worker gone");
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => { }), "a later main turn");
        Assert.Same(pool.Main, Assert.Single(completions));
        Assert.DoesNotContain(gone, ranOn);
        Assert.Contains(pool.Workers[1], ranOn);

        // The Task form names the worker that was not reached.
        var fault = await DocOnlyKit.FaultOf<InvalidOperationException>(slot.RunOnAllThreadsAsync(_ => { }), "the Task form with one worker gone");
        Assert.Contains(gone.Name, fault.Message, StringComparison.Ordinal);
    }

    // Stats.Flush(callback): "On main: flushes now (joining a flush already running) and runs completed on main,
    // exactly once" — two in one main turn, with and without workers, never inside the call.
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Two_flushes_requested_in_one_main_turn_each_call_back_once_on_main_after_the_call(int workers)
    {
        var (pool, _) = await StartAsync($"r8-flush{workers}", workers);
        await using var _pool = pool;
        var counter = pool.Stats.Counter("r8.flushed");
        foreach (var worker in pool.Workers)
        {
            await DocOnlyKit.Within(worker.InvokeAsync(() => counter.Increment()), "counting on a worker");
        }

        var calls = new ConcurrentQueue<(string Which, bool Returned, Dispatcher? On, StatsSnapshot Snapshot)>();
        var both = new CountdownEvent(2);
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() =>
        {
            counter.Increment();
            var returned = false;
            pool.Stats.Flush(s =>
            {
                calls.Enqueue(("a", returned, Dispatcher.Current, s));
                both.Signal();
            });
            pool.Stats.Flush(s =>
            {
                calls.Enqueue(("b", returned, Dispatcher.Current, s));
                both.Signal();
            });
            returned = true;
        }), "two flushes on main");
        await DocOnlyKit.Within(Task.Run(() => both.Wait(DocOnlyKit.Bound)), "both flush callbacks");
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => { }), "a later main turn");

        Assert.Equal(2, calls.Count);
        foreach (var (which, returned, on, snapshot) in calls)
        {
            Assert.True(returned, $"flush callback {which} ran inside Flush");
            Assert.Same(pool.Main, on);
            Assert.Equal(workers + 1, DocOnlyKit.CounterTotal(snapshot, "r8.flushed"));
        }
    }

    // Flush: "InvalidOperationException: Called off main's thread" — from a worker and from a plain thread.
    [Fact]
    public async Task Flush_with_a_callback_is_refused_off_main()
    {
        var (pool, _) = await StartAsync("r8-flush-off", 1);
        await using var _pool = pool;
        var called = 0;
        var onWorker = await DocOnlyKit.Within(pool.Workers[0].InvokeAsync<Exception?>(() =>
        {
            try
            {
                pool.Stats.Flush(_ => Interlocked.Increment(ref called));
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }), "Flush called on a worker");
        Assert.IsType<InvalidOperationException>(onWorker, exactMatch: false);
#pragma warning disable WEFT0005 // Flush off main on purpose: the refusal is what is tested
        Assert.IsType<InvalidOperationException>(Round8Kit.ThrownOnThread(() => pool.Stats.Flush(_ => Interlocked.Increment(ref called)), 256 * 1024), exactMatch: false);
#pragma warning restore WEFT0005
        await DocOnlyKit.Within(pool.Main.InvokeAsync(() => { }), "a main round trip");
        Assert.Equal(0, Volatile.Read(ref called));
    }

    // While main is exiting (the pool stops while a worker still holds the update): "Main exited before the
    // completion could run: ... the completion callback is dropped", otherwise it "runs on main exactly once" —
    // never twice, never on another thread.
    [Fact]
    public async Task A_completion_pending_when_the_pool_stops_runs_at_most_once_and_only_on_main()
    {
        var (pool, _) = await StartAsync("r8-stop", 1);
        var slot = pool.AllocateSlot<Box>();
        await DocOnlyKit.Within(slot.SetAsync(_ => new Box()), "setting the slot");
        using var gate = new LoopGate();
        await gate.HoldAsync(pool.Workers[0]);
        var completions = new ConcurrentQueue<Dispatcher?>();
        var main = pool.Main;
        await DocOnlyKit.Within(main.InvokeAsync(() => slot.RunOnAllThreads(_ => { }, () => completions.Enqueue(Dispatcher.Current))), "the call on main");

        var stop = pool.StopAsync();
        gate.Release();
        await DocOnlyKit.Within(stop, "the pool to stop");
        Assert.True(completions.Count <= 1, $"the completion ran {completions.Count} times");
        foreach (var on in completions)
        {
            Assert.Same(main, on);
        }

        Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(_ => { }, () => completions.Enqueue(null)));
        await pool.DisposeAsync();
    }
}
