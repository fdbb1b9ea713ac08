using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using System;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>
/// Design "Failure semantics" and the docs of <see cref="Slot{T}"/>: a broadcast whose callback throws on some thread
/// still completes; its Task faults with an <see cref="AggregateException"/> naming each thread; its callback form
/// runs the completion once and reports every exception to the pool's handler.
/// </summary>
public sealed class BroadcastFailureTests
{
    private const string DispatcherKey = "Weft.Dispatcher";

    [Fact]
    public async Task SetAsync_that_throws_on_main_faults_at_once_naming_main_and_no_thread_switches()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static _ => "old"), "the first SetAsync");
        string mainName = pool.Main.Name;

        // BroadcastTimeout is 60 s, beyond Bounded.Limit: waiting for the timeout instead of faulting at once fails here.
        var failure = await Bounded.Faults<AggregateException>(
            slot.SetAsync(d => d.Name == mainName ? throw new InvalidOperationException("init boom") : "new"),
            "SetAsync whose initializer throws on main");

        AssertNamesExactly(failure, mainName);
        Assert.Equal(["old", "old", "old"], await pool.ValuesEverywhere(slot));
    }

    [Fact]
    public async Task SetAsync_that_throws_on_one_worker_faults_naming_it_and_only_that_worker_keeps_its_old_value()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static _ => "old"), "the first SetAsync");
        string failing = pool.Workers[1].Name;

        var failure = await Bounded.Faults<AggregateException>(
            slot.SetAsync(d => d.Name == failing ? throw new InvalidOperationException("init boom") : "new"),
            "SetAsync whose initializer throws on worker 1");

        AssertNamesExactly(failure, failing);
        Assert.Equal(["new", "new", "old"], await pool.ValuesEverywhere(slot));
    }

    [Fact]
    public async Task SetAsync_that_throws_on_every_worker_names_each_in_thread_order()
    {
        await using var pool = new ReportingPool(3);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        string mainName = pool.Main.Name;

        var failure = await Bounded.Faults<AggregateException>(
            slot.SetAsync(d => d.Name == mainName ? "main" : throw new InvalidOperationException($"boom on {d.Name}")),
            "SetAsync whose initializer throws on every worker");

        AssertNamesExactly(failure, [.. pool.Workers.Select(w => w.Name)]);
    }

    [Fact]
    public async Task RunOnAllThreadsAsync_that_throws_on_main_faults_naming_main_and_the_workers_still_run_it()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        var ranOn = new ConcurrentQueue<string>();
        string mainName = pool.Main.Name;

        var failure = await Bounded.Faults<AggregateException>(
            slot.RunOnAllThreadsAsync(value =>
            {
                if (value == mainName)
                {
                    throw new InvalidOperationException("update boom");
                }

                ranOn.Enqueue(value);
            }),
            "RunOnAllThreadsAsync whose update throws on main");

        AssertNamesExactly(failure, mainName);
        Assert.Equal(pool.Workers.Select(w => w.Name).Order(), ranOn.Order());
    }

    [Fact]
    public async Task RunOnAllThreadsAsync_that_throws_on_a_worker_faults_naming_it_and_the_others_still_run_it()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        var ranOn = new ConcurrentQueue<string>();
        string failing = pool.Workers[0].Name;

        var failure = await Bounded.Faults<AggregateException>(
            slot.RunOnAllThreadsAsync(value =>
            {
                if (value == failing)
                {
                    throw new InvalidOperationException("update boom");
                }

                ranOn.Enqueue(value);
            }),
            "RunOnAllThreadsAsync whose update throws on worker 0");

        AssertNamesExactly(failure, failing);
        Assert.Equal(new[] { pool.Main.Name, pool.Workers[1].Name }.Order(), ranOn.Order());
    }

    [Fact]
    public async Task RunOnAllThreadsAsync_with_state_that_throws_on_a_worker_faults_naming_it()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");

        var failure = await Bounded.Faults<AggregateException>(
            slot.RunOnAllThreadsAsync(
                static (value, failing) =>
                {
                    if (value == failing)
                    {
                        throw new InvalidOperationException("update boom");
                    }
                },
                pool.Workers[1].Name),
            "RunOnAllThreadsAsync<TState> whose update throws on worker 1");

        AssertNamesExactly(failure, pool.Workers[1].Name);
    }

    [Fact]
    public async Task RunOnAllThreads_with_completion_runs_it_once_on_main_and_reports_every_exception_to_the_handler()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        var completions = new ConcurrentQueue<bool>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string mainName = pool.Main.Name;
        string failing = pool.Workers[1].Name;
        Dispatcher main = pool.Main;

        slot.RunOnAllThreads(
            value =>
            {
                if (value == mainName || value == failing)
                {
                    throw new InvalidOperationException($"update boom on {value}");
                }
            },
            () =>
            {
                completions.Enqueue(main.IsCurrentThread);
                completed.TrySetResult();
            });

        await Bounded.Within(completed.Task, "the completion of a RunOnAllThreads that threw on main and a worker");
        await pool.WaitForReports(2, "one exception from main, one from worker 1");
        await SettleEveryThread(pool, slot);

        Assert.Equal([true], completions);
        Assert.Equal(
            new[] { mainName, failing }.Order(),
            pool.Reported.Select(r => r.Dispatcher.Name).Order());
        Assert.All(pool.Reported, r => Assert.Equal($"update boom on {r.Dispatcher.Name}", r.Exception.Message));
    }

    [Fact]
    public async Task RunOnAllThreads_exceptions_are_counted_in_the_slot_callback_exceptions_stat()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        slot.RunOnAllThreads(static _ => throw new InvalidOperationException("update boom"), () => completed.TrySetResult());
        await Bounded.Within(completed.Task, "the completion of a RunOnAllThreads that threw everywhere");

        var snapshot = await Bounded.Within(pool.Pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(3, snapshot.Counter("weft.slot.callback_exceptions"));
    }

    [Fact]
    public async Task RunOnAllThreads_with_state_and_completion_runs_it_once_when_a_worker_throws()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static d => d.Name), "SetAsync");
        var completions = new ConcurrentQueue<bool>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Dispatcher main = pool.Main;

        slot.RunOnAllThreads(
            static (value, failing) =>
            {
                if (value == failing)
                {
                    throw new InvalidOperationException("update boom");
                }
            },
            pool.Workers[0].Name,
            () =>
            {
                completions.Enqueue(main.IsCurrentThread);
                completed.TrySetResult();
            });

        await Bounded.Within(completed.Task, "the completion of a RunOnAllThreads<TState> that threw on worker 0");
        await pool.WaitForReports(1, "worker 0's exception");
        await SettleEveryThread(pool, slot);

        Assert.Equal([true], completions);
        Assert.Same(pool.Workers[0], Assert.Single(pool.Reported).Dispatcher);
    }

    [Fact]
    public async Task Set_that_throws_on_main_reports_it_and_a_later_worker_replays_the_previous_initializer()
    {
        await using var pool = new ReportingPool(1);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        await Bounded.Within(slot.SetAsync(static _ => "old"), "the first SetAsync");
        string mainName = pool.Main.Name;

        slot.Set(d => d.Name == mainName ? throw new InvalidOperationException("init boom") : "new");
        await pool.WaitForReports(1, "the initializer's exception on main");
        Dispatcher late = await Bounded.Within(pool.Pool.AddWorkerAsync(), "adding a worker");

        Assert.Same(pool.Main, Assert.Single(pool.Reported).Dispatcher);
        Assert.Equal(["old", "old", "old"], await pool.ValuesEverywhere(slot));
        Assert.Equal("old", await ReportingPool.ValueOn(late, slot));
    }

    [Fact]
    public async Task Set_that_throws_on_main_with_no_previous_value_leaves_a_later_worker_without_one()
    {
        await using var pool = new ReportingPool(1);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();

        slot.Set(static _ => throw new InvalidOperationException("init boom"));
        await pool.WaitForReports(1, "the initializer's exception on main");
        Dispatcher late = await Bounded.Within(pool.Pool.AddWorkerAsync(), "adding a worker");

        Assert.Null(await ReportingPool.ValueOn(late, slot));
        Assert.Single(pool.Reported);
    }

    [Fact]
    public async Task An_initializer_that_throws_only_on_a_late_worker_leaves_it_without_a_value_and_is_reported()
    {
        await using var pool = new ReportingPool(1);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        var initialThreads = pool.AllThreads.Select(d => d.Name).ToHashSet();
        await Bounded.Within(
            slot.SetAsync(d => initialThreads.Contains(d.Name) ? "value" : throw new InvalidOperationException("late boom")),
            "SetAsync on the initial threads");

        Dispatcher late = await Bounded.Within(pool.Pool.AddWorkerAsync(), "adding a worker");
        await pool.WaitForReports(1, "the replay's exception on the late worker");

        Assert.Null(await ReportingPool.ValueOn(late, slot));
        var (dispatcher, exception) = Assert.Single(pool.Reported);
        Assert.Same(late, dispatcher);
        Assert.Equal("late boom", exception.Message);
        Assert.Equal(1, pool.Pool.Registry.CallbackFailures);
    }

    [Fact]
    public async Task Publish_with_completion_runs_it_once_on_main_after_every_thread_switched()
    {
        await using var pool = new ReportingPool(2);
        Slot<string> slot = pool.Pool.AllocateSlot<string>();
        var completions = new ConcurrentQueue<bool>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Dispatcher main = pool.Main;

        slot.Publish("published", () =>
        {
            completions.Enqueue(main.IsCurrentThread);
            completed.TrySetResult();
        });
        await Bounded.Within(completed.Task, "Publish's completion");
        await SettleEveryThread(pool, slot);

        Assert.Equal([true], completions);
        Assert.Equal(["published", "published", "published"], await pool.ValuesEverywhere(slot));
    }

    /// <summary>One more full round through main and every worker, so a second completion would have run by now.</summary>
    private static Task SettleEveryThread(ReportingPool pool, Slot<string> slot) =>
        Bounded.Within(slot.RunOnAllThreadsAsync(static _ => { }), "a settling round through every thread");

    private static void AssertNamesExactly(AggregateException failure, params string[] threadNames)
    {
        Assert.Equal(threadNames, failure.InnerExceptions.Select(e => e.Data[DispatcherKey] as string));
        Assert.All(threadNames, name => Assert.Contains(name, failure.Message, StringComparison.Ordinal));
    }
}
