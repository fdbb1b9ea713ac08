using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Written from docs/failure-semantics.md "Slot verbs" and the XML docs of Slot<T> (Set, SetAsync, RunOnAllThreads,
// RunOnAllThreadsAsync, Dispose) and WorkerPool.AddWorkerAsync.
public sealed class SlotFailureTests
{
    private const string CallbackExceptions = "weft.slot.callback_exceptions";

    private sealed record Version(string Tag, string BuiltOn);

    private static IEnumerable<Dispatcher> Threads(WorkerPool pool) => new[] { pool.Main }.Concat(pool.Workers);

    private static async Task<Dictionary<string, T?>> ValuesByThread<T>(WorkerPool pool, Slot<T> slot)
        where T : class
    {
        var values = new Dictionary<string, T?>();
        foreach (var thread in Threads(pool))
        {
            values[thread.Name] = await Within(thread.InvokeAsync(() => slot.TryGet(out var v) ? v : null), $"reading the slot on {thread.Name}");
        }

        return values;
    }

    // "Task forms fault with an AggregateException whose message names each thread where the step threw, in thread
    // order (main first); its inner exceptions are the thrown ones, each with Data["Weft.Dispatcher"] = that thread."
    // "an exception on one thread never stops the others." "Both forms count every such exception."
    [Fact]
    public async Task Two_threads_throwing_in_one_broadcast_fault_its_task_naming_both_main_first_while_the_others_still_run_it()
    {
        await using var pool = WorkerPool.Start(Options("dq-two", 3));
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var ran = new ConcurrentQueue<string>();
        var main = pool.Main;
        var failing = pool.Workers[1];

        var task = slot.RunOnAllThreadsAsync(value =>
        {
            ran.Enqueue(value);
            if (value == main.Name || value == failing.Name)
            {
                throw new InvalidOperationException("update failed on " + value);
            }
        });
        var fault = await FaultOf<AggregateException>(task, "the broadcast with two throwing threads to complete");

        Assert.Equal(Threads(pool).Select(d => d.Name).Order(), ran.Order());
        Assert.Contains(main.Name, fault.Message, StringComparison.Ordinal);
        Assert.Contains(failing.Name, fault.Message, StringComparison.Ordinal);
        Assert.True(fault.Message.IndexOf(main.Name, StringComparison.Ordinal) < fault.Message.IndexOf(failing.Name, StringComparison.Ordinal), $"main is not named first: {fault.Message}");
        Assert.DoesNotContain(pool.Workers[0].Name, fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pool.Workers[2].Name, fault.Message, StringComparison.Ordinal);
        Assert.Collection(
            fault.InnerExceptions,
            e => { Assert.Equal("update failed on " + main.Name, e.Message); Assert.Equal(main.Name, e.Data["Weft.Dispatcher"]); },
            e => { Assert.Equal("update failed on " + failing.Name, e.Message); Assert.Equal(failing.Name, e.Data["Weft.Dispatcher"]); });
        var snapshot = await Within(pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(2, CounterTotal(snapshot, CallbackExceptions));
    }

    // "Set/Publish whose initializer throws on main: abandoned at once — no worker is sent it, every thread keeps its
    // previous value, the Task faults without waiting for any timeout". "Workers added later replay the last
    // initializer that succeeded on main".
    [Fact]
    public async Task SetAsync_throwing_on_main_faults_at_once_reaches_no_worker_and_a_late_worker_replays_the_previous_initializer()
    {
        var options = Options("dq-setmain", 2);
        options.BroadcastTimeout = Timeout.InfiniteTimeSpan; // a fault that waited for a timeout would never come
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<Version>();
        await Within(slot.SetAsync(d => new Version("v1", d.Name)), "the first Set");
        var calls = 0;
        var main = pool.Main;

        var failed = slot.SetAsync(d =>
        {
            Interlocked.Increment(ref calls);
            return d == main ? throw new InvalidOperationException("v2 refused on main") : new Version("v2", d.Name);
        });
        var fault = await FaultOf<AggregateException>(failed, "SetAsync whose initializer threw on main to fault (BroadcastTimeout is infinite)");
        // Main posts to each worker in order: once this later broadcast ran everywhere, a v2 sent to a worker would have run.
        await Within(slot.RunOnAllThreadsAsync(_ => { }), "a later broadcast as a barrier");

        Assert.Equal(1, Volatile.Read(ref calls));
        Assert.Contains(main.Name, fault.Message, StringComparison.Ordinal);
        var inner = Assert.Single(fault.InnerExceptions);
        Assert.Equal("v2 refused on main", inner.Message);
        Assert.All(await ValuesByThread(pool, slot), kv => Assert.Equal("v1", kv.Value?.Tag));

        var late = await Within(pool.AddWorkerAsync(), "a late worker to register");
        var lateValue = await Within(late.InvokeAsync(() => slot.TryGet(out var v) ? v : null), "reading the slot on the late worker");
        Assert.NotNull(lateValue);
        Assert.Equal("v1", lateValue!.Tag);
        Assert.Equal(late.Name, lateValue.BuiltOn);
    }

    // "a slot never set successfully gives them no value"
    [Fact]
    public async Task A_slot_whose_only_Set_threw_on_main_gives_no_value_to_any_thread_nor_to_a_late_worker()
    {
        await using var pool = WorkerPool.Start(Options("dq-never", 1));
        var slot = pool.AllocateSlot<Version>();
        var main = pool.Main;

        await FaultOf<AggregateException>(
            slot.SetAsync(d => d == main ? throw new InvalidOperationException("first value refused") : new Version("v1", d.Name)),
            "the failed first Set");
        var late = await Within(pool.AddWorkerAsync(), "a late worker to register");

        Assert.All(await ValuesByThread(pool, slot), kv => Assert.Null(kv.Value));
        Assert.Contains(late.Name, (await ValuesByThread(pool, slot)).Keys);
    }

    // "Set whose initializer throws on a worker: that worker keeps its previous value; the others switch."
    [Fact]
    public async Task SetAsync_throwing_on_one_worker_leaves_that_worker_on_its_old_value_switches_the_others_and_names_only_it()
    {
        await using var pool = WorkerPool.Start(Options("dq-setwk", 3));
        var slot = pool.AllocateSlot<Version>();
        await Within(slot.SetAsync(d => new Version("v1", d.Name)), "the first Set");
        var failing = pool.Workers[1];

        var fault = await FaultOf<AggregateException>(
            slot.SetAsync(d => d == failing ? throw new InvalidOperationException("v2 refused on " + d.Name) : new Version("v2", d.Name)),
            "SetAsync with one failing worker");

        Assert.Contains(failing.Name, fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pool.Main.Name, fault.Message, StringComparison.Ordinal);
        Assert.Equal(failing.Name, Assert.Single(fault.InnerExceptions).Data["Weft.Dispatcher"]);
        var values = await ValuesByThread(pool, slot);
        Assert.All(values, kv => Assert.Equal(kv.Key == failing.Name ? "v1" : "v2", kv.Value?.Tag));
        Assert.All(values, kv => Assert.Equal(kv.Key, kv.Value?.BuiltOn));
    }

    // "If the replay throws there, that worker holds no value; the exception is reported and counted."
    [Fact]
    public async Task An_initializer_that_throws_only_when_replayed_on_a_late_worker_leaves_it_without_value_reported_there_and_counted()
    {
        var reports = new HandlerLog();
        var options = Options("dq-replay", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<Version>();
        var lateName = "dq-replay-worker-2";
        await Within(
            slot.SetAsync(d => d.Name == lateName ? throw new InvalidOperationException("no value on " + d.Name) : new Version("v1", d.Name)),
            "the Set on the first three threads");

        var late = await Within(pool.AddWorkerAsync(), "the late worker to register");
        await reports.WaitForAsync(1, "the replay's exception to be reported");

        Assert.Equal(lateName, late.Name);
        var values = await ValuesByThread(pool, slot);
        Assert.Null(values[late.Name]);
        Assert.All(values.Where(kv => kv.Key != late.Name), kv => Assert.Equal("v1", kv.Value?.Tag));
        var report = Assert.Single(reports.Reports);
        Assert.Same(late, report.Dispatcher);
        Assert.Same(late, report.RanOn);
        Assert.Equal("no value on " + lateName, report.Exception.Message);
        var snapshot = await Within(pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(1, CounterTotal(snapshot, CallbackExceptions));
    }

    // "Callback forms (no Task) report each exception to WorkerPoolOptions.UnhandledExceptionHandler … on the thread
    // where it threw, and the completion still runs on main exactly once."
    [Fact]
    public async Task A_callback_form_whose_update_throws_on_every_thread_reports_each_on_its_thread_and_completes_once_on_main()
    {
        var reports = new HandlerLog();
        var options = Options("dq-cbform", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var completions = new ConcurrentQueue<Dispatcher?>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        slot.RunOnAllThreads(value => throw new InvalidOperationException("failed on " + value), () =>
        {
            completions.Enqueue(Dispatcher.Current);
            completed.TrySetResult();
        });
        await Within(completed.Task, "the completion to run although every thread threw");
        await Within(slot.RunOnAllThreadsAsync(_ => { }), "a later broadcast (barrier for a second completion)");

        Assert.Same(pool.Main, Assert.Single(completions));
        Assert.Equal(3, reports.Reports.Count);
        Assert.All(reports.Reports, r =>
        {
            Assert.Same(r.Dispatcher, r.RanOn);
            Assert.Equal("failed on " + r.Dispatcher.Name, r.Exception.Message);
        });
        Assert.Equal(Threads(pool).Select(d => d.Name).Order(), reports.Reports.Select(r => r.Dispatcher.Name).Order());
        var snapshot = await Within(pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(3, CounterTotal(snapshot, CallbackExceptions));
    }

    // "A worker whose loop has exited is not reached: the Task faults with InvalidOperationException naming it (inside
    // the AggregateException when a step also threw); the completion still runs."
    [Fact]
    public async Task A_worker_that_exited_on_its_own_is_named_alone_or_beside_mains_exception_and_the_completion_still_runs()
    {
        var reports = new HandlerLog();
        var options = Options("dq-gone", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var gone = pool.Workers[0];
        gone.Exit();
        await Within(gone.Completion, "worker-0's loop to exit");
        var ran = new ConcurrentQueue<string>();

        var alone = await FaultOf<InvalidOperationException>(slot.RunOnAllThreadsAsync(ran.Enqueue), "the broadcast past an exited worker");
        Assert.Contains(gone.Name, alone.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { pool.Main.Name, pool.Workers[1].Name }.Order(), ran.Order());

        var main = pool.Main;
        var both = await FaultOf<AggregateException>(
            slot.RunOnAllThreadsAsync(v => { if (v == main.Name) { throw new InvalidOperationException("main failed"); } }),
            "the broadcast past an exited worker with main throwing");
        Assert.Contains(both.InnerExceptions, e => e is InvalidOperationException && e.Message.Contains(gone.Name, StringComparison.Ordinal));
        Assert.Contains(both.InnerExceptions, e => e.Message == "main failed");

        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.RunOnAllThreads(_ => { }, completed.SetResult);
        await Within(completed.Task, "the callback form's completion past an exited worker");
    }

    // Slot<T>.RunOnAllThreads(update, complete): "complete runs on main exactly once after every thread ran the update,
    // skipped it or threw …, also when the slot was disposed meanwhile"; Dispose: "queued callbacks for the slot are
    // skipped", "Every thread's value is freed on that thread".
    [Fact]
    public async Task A_slot_disposed_while_its_broadcast_waits_in_a_held_workers_queue_skips_it_there_completes_once_and_frees_each_value_on_its_thread()
    {
        await using var pool = WorkerPool.Start(Options("dq-dispose", 2));
        var slot = pool.AllocateSlot<OwnedValue>();
        var freed = new ConcurrentQueue<(string Owner, string? FreedOn)>();
        await Within(slot.SetAsync(d => new OwnedValue(d.Name, freed)), "the slot to be set");
        var held = pool.Workers[0];
        using var gate = new LoopGate();
        await gate.HoldAsync(held);
        var updatedOn = new ConcurrentQueue<string>();
        var completions = new ConcurrentQueue<Dispatcher?>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        slot.RunOnAllThreads(v => updatedOn.Enqueue(v.Owner), () => { completions.Enqueue(Dispatcher.Current); completed.TrySetResult(); });
        await Within(pool.Main.InvokeAsync(slot.Dispose), "disposing the slot on main");
        gate.Release();
        await Within(completed.Task, "the completion after the slot was disposed");
        // Main posts each thread's free before anything it posts later: a broadcast of another slot is the barrier.
        var barrier = pool.AllocateSlot<string>();
        await Within(barrier.SetAsync(d => d.Name), "a later broadcast from main (barrier for the frees)");

        Assert.DoesNotContain(held.Name, updatedOn);
        Assert.Same(pool.Main, Assert.Single(completions));
        Assert.All(freed, f => Assert.Equal(f.Owner, f.FreedOn));
        Assert.Equal(Threads(pool).Select(d => d.Name).Order(), freed.Select(f => f.Owner).Order());
    }

    private sealed class OwnedValue(string owner, ConcurrentQueue<(string, string?)> freed) : IDisposable
    {
        public string Owner { get; } = owner;

        public void Dispose() => freed.Enqueue((Owner, Dispatcher.Current?.Name));
    }
}
