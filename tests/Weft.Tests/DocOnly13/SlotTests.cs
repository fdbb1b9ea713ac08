using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>
/// The runtime slot API (no generator): Set/Publish/RunOnAllThreads and their Task forms, as Slot&lt;T&gt;'s XML docs
/// and docs/failure-semantics.md "Slot verbs" describe them.
/// </summary>
public sealed class SlotTests
{
    internal static WorkerPool StartPool(int workers, Action<Dispatcher, Exception>? handler = null, Action<WorkerPoolOptions>? configure = null)
    {
        var options = new WorkerPoolOptions
        {
            WorkerCount = workers,
            ThreadNamePrefix = Kit13.UniqueName("d13"),
            GuardDog = null,
            StatsFlushInterval = TimeSpan.Zero,
            UnhandledExceptionHandler = handler,
        };
        configure?.Invoke(options);
        return WorkerPool.Start(options);
    }

    internal static IEnumerable<Dispatcher> AllThreads(WorkerPool pool) => new[] { pool.Main }.Concat(pool.Workers);

    /// <summary>Each thread's value as text ("-" when it has none), in thread order, read on each thread.</summary>
    internal static async Task<string[]> ValuesAsync(WorkerPool pool, Slot<string> slot)
    {
        var reads = AllThreads(pool).Select(d => d.InvokeAsync(() => slot.TryGet(out string? v) ? v : "-")).ToArray();
        await Kit13.Within(Task.WhenAll(reads), "every thread's slot value");
        return reads.Select(r => r.Result).ToArray();
    }

    internal static async Task<long> SlotCallbackExceptions(WorkerPool pool)
    {
        Task<Weft.Stats.StatsSnapshot> flush = pool.Stats.FlushAsync();
        await Kit13.Within(flush, "a stats flush");
        return Kit13.CounterTotal(flush.Result, "weft.slot.callback_exceptions");
    }

    // Doc (Set): "Every thread builds its own value with initializer, given its dispatcher: main first ..., then every
    // registered worker through its queue." SetAsync "completes when every registered thread holds its new value."
    [Fact]
    public async Task SetAsync_builds_each_threads_value_on_that_thread_with_its_own_dispatcher()
    {
        await using var pool = StartPool(2);
        Slot<string> slot = pool.AllocateSlot<string>();
        var calls = new ConcurrentQueue<(string Given, string? Current, string? ThreadName)>();

        Task set = slot.SetAsync(d => { calls.Enqueue((d.Name, Dispatcher.Current?.Name, Thread.CurrentThread.Name)); return "v:" + d.Name; });
        await Kit13.Within(set, "SetAsync to complete");
        Assert.True(set.IsCompletedSuccessfully, $"SetAsync ended {set.Status}: {set.Exception}");

        string[] names = AllThreads(pool).Select(d => d.Name).ToArray();
        Assert.Equal(names.Select(n => "v:" + n), await ValuesAsync(pool, slot));
        Assert.Equal(names.Length, calls.Count);
        Assert.Equal(pool.Main.Name, calls.First().Given);
        Assert.All(calls, c => Assert.Equal(c.Given, c.Current));
        Assert.Equal(names.OrderBy(n => n), calls.Select(c => c.Given).OrderBy(n => n));
    }

    // Doc (Publish): "Publishes one shared, immutable value to every thread by reference"; the callback form's
    // onAllApplied "runs on main exactly once after every thread switched".
    [Fact]
    public async Task Publish_gives_every_thread_the_same_instance_and_runs_the_completion_once_on_main()
    {
        await using var pool = StartPool(3);
        Slot<string> slot = pool.AllocateSlot<string>();
        string shared = new string('p', 3);
        var completions = new ConcurrentQueue<string?>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.Publish(shared, () => { completions.Enqueue(Dispatcher.Current?.Name); done.TrySetResult(); });
        await Kit13.Within(done.Task, "Publish's completion");

        var sameInstance = AllThreads(pool).Select(d => d.InvokeAsync(() => ReferenceEquals(slot.Get(), shared))).ToArray();
        await Kit13.Within(Task.WhenAll(sameInstance), "every thread's read of the published value");
        Assert.All(sameInstance, t => Assert.True(t.Result));
        await Kit13.Within(pool.Main.InvokeAsync(() => { }), "main to run once more");
        Assert.Equal(new string?[] { pool.Main.Name }, completions);
    }

    // Doc (Publish/RunOnAllThreads with a completion, called on main): main's step runs "inline when called there"; the
    // completion runs "in a later turn of main's loop (never inside this call)".
    [Fact]
    public async Task On_main_the_step_runs_inline_and_the_completion_never_inside_the_call()
    {
        await using var pool = StartPool(2);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("first"), "the first publish");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = pool.Main.InvokeAsync(() =>
        {
            int completed = 0;
            int updatedOnMain = 0;
            slot.RunOnAllThreads(v => { if (Dispatcher.Current == pool.Main) Interlocked.Increment(ref updatedOnMain); }, () => { completed++; if (completed == 2) done.SetResult(); });
            int updatedInline = updatedOnMain;
            int completedInsideRun = completed;
            slot.Publish("second", () => { completed++; if (completed == 2) done.SetResult(); });
            string mainValueAfterPublish = slot.Get();
            return (updatedInline, completedInsideRun, completedInsidePublish: completed, mainValueAfterPublish);
        });
        await Kit13.Within(inside, "the calls made on main");
        Assert.Equal((1, 0, 0, "second"), await inside);
        await Kit13.Within(done.Task, "both completions");
    }

    // Doc: "Set/Publish whose initializer throws on main: abandoned at once — no worker is sent it, every thread keeps
    // its previous value, the Task faults without waiting for any timeout"; "Task forms fault with an
    // AggregateException whose message names each thread where the step threw ...; its inner exceptions ... each with
    // Data["Weft.Dispatcher"] = that thread's dispatcher name".
    [Fact]
    public async Task SetAsync_whose_initializer_throws_on_main_is_abandoned_and_every_thread_keeps_its_value()
    {
        await using var pool = StartPool(2, configure: o => o.BroadcastTimeout = Timeout.InfiniteTimeSpan);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.SetAsync(d => "old:" + d.Name), "the first SetAsync");
        int workerCalls = 0;
        var thrown = new InvalidOperationException("main refuses");

        Task set = slot.SetAsync(d => d == pool.Main ? throw thrown : "new:" + Interlocked.Increment(ref workerCalls));
        await Kit13.Within(set, "SetAsync whose initializer throws on main (BroadcastTimeout is infinite, so only the abandon can end it)");

        Assert.True(set.IsFaulted, $"SetAsync ended {set.Status}");
        var aggregate = Assert.IsType<AggregateException>(set.Exception!.InnerException);
        Assert.Contains(pool.Main.Name, aggregate.Message, StringComparison.Ordinal);
        Assert.Same(thrown, Assert.Single(aggregate.InnerExceptions));
        Assert.Equal(pool.Main.Name, thrown.Data["Weft.Dispatcher"]);
        Assert.Equal(0, Volatile.Read(ref workerCalls));
        Assert.Equal(AllThreads(pool).Select(d => "old:" + d.Name), await ValuesAsync(pool, slot));
    }

    // Doc: "Set whose initializer throws on a worker: that worker keeps its previous value; the others switch." `await`
    // "throws that AggregateException itself".
    [Fact]
    public async Task SetAsync_whose_initializer_throws_on_one_worker_leaves_that_worker_alone_and_switches_the_rest()
    {
        await using var pool = StartPool(3);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.SetAsync(d => "old"), "the first SetAsync");
        Dispatcher bad = pool.Workers[1];
        var thrown = new FormatException("worker refuses");

        Task set = slot.SetAsync(d => d == bad ? throw thrown : "new");
        await Kit13.Within(set, "SetAsync that throws on one worker");
        var awaited = await Assert.ThrowsAsync<AggregateException>(() => set);
        Assert.Contains(bad.Name, awaited.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(pool.Workers[0].Name, awaited.Message, StringComparison.Ordinal);
        Assert.Same(thrown, Assert.Single(awaited.InnerExceptions));
        Assert.Equal(bad.Name, thrown.Data["Weft.Dispatcher"]);
        Assert.Equal(new[] { "new", "new", "old", "new" }, await ValuesAsync(pool, slot));
    }

    // Doc: "Main runs the step first, then every registered worker; an exception on one thread never stops the
    // others"; the AggregateException names "each thread where the step threw, in thread order (main first)".
    [Fact]
    public async Task RunOnAllThreadsAsync_throwing_on_main_and_a_worker_runs_everywhere_and_names_both_in_thread_order()
    {
        await using var pool = StartPool(3);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        Dispatcher bad = pool.Workers[2];
        var ran = new ConcurrentQueue<string>();
        var onMain = new InvalidOperationException("main step");
        var onWorker = new ArgumentException("worker step");

        Task run = slot.RunOnAllThreadsAsync(_ =>
        {
            Dispatcher me = Dispatcher.Current!;
            ran.Enqueue(me.Name);
            if (me == pool.Main) throw onMain;
            if (me == bad) throw onWorker;
        });
        await Kit13.Within(run, "RunOnAllThreadsAsync with two throwing steps");

        var aggregate = Assert.IsType<AggregateException>(run.Exception!.InnerException);
        Assert.Equal(new Exception[] { onMain, onWorker }, aggregate.InnerExceptions);
        int mainAt = aggregate.Message.IndexOf(pool.Main.Name, StringComparison.Ordinal);
        int badAt = aggregate.Message.IndexOf(bad.Name, StringComparison.Ordinal);
        Assert.True(mainAt >= 0 && badAt > mainAt, $"message should name main, then {bad.Name}: {aggregate.Message}");
        Assert.Equal(pool.Main.Name, onMain.Data["Weft.Dispatcher"]);
        Assert.Equal(bad.Name, onWorker.Data["Weft.Dispatcher"]);
        Assert.Equal(AllThreads(pool).Select(d => d.Name).OrderBy(n => n), ran.OrderBy(n => n));
        Assert.Equal(pool.Main.Name, ran.First());
    }

    // Doc: "Callback forms (no Task) report each exception to WorkerPoolOptions.UnhandledExceptionHandler ... on the
    // thread where it threw, and the completion still runs on main exactly once." "Both forms count every such
    // exception in weft.slot.callback_exceptions."
    [Fact]
    public async Task The_callback_form_reports_a_workers_exception_on_that_worker_counts_it_and_completes_once_on_main()
    {
        var reported = new ConcurrentQueue<(string Given, string? Current, Exception Error)>();
        await using var pool = StartPool(2, (d, e) => reported.Enqueue((d.Name, Dispatcher.Current?.Name, e)));
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        long before = await SlotCallbackExceptions(pool);
        Dispatcher bad = pool.Workers[0];
        var thrown = new InvalidOperationException("callback form");
        var completions = new ConcurrentQueue<string?>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        slot.RunOnAllThreads(_ => { if (Dispatcher.Current == bad) throw thrown; }, () => { completions.Enqueue(Dispatcher.Current?.Name); done.TrySetResult(); });
        await Kit13.Within(done.Task, "the callback form's completion");
        await Kit13.Within(pool.Main.InvokeAsync(() => { }), "main to run once more");

        var report = Assert.Single(reported);
        Assert.Equal((bad.Name, bad.Name), (report.Given, report.Current));
        Assert.Same(thrown, report.Error);
        Assert.Equal(new string?[] { pool.Main.Name }, completions);
        Assert.Equal(before + 1, await SlotCallbackExceptions(pool));
    }

    // Doc: "Called after the pool shut down, every verb, Task forms included, throws InvalidOperationException at once on
    // the caller ("Cannot … : the worker pool is shut down."); nothing is queued." ... "Dispose is a no-op."
    [Fact]
    public async Task After_shutdown_every_slot_verb_throws_at_once_and_Dispose_is_a_no_op()
    {
        var pool = StartPool(1);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        await Kit13.Within(pool.StopAsync(), "StopAsync");
        Assert.True(pool.IsShutdown);
        int ran = 0;

        var refusals = new List<InvalidOperationException>
        {
            Assert.Throws<InvalidOperationException>(() => slot.Set(_ => { Interlocked.Increment(ref ran); return "s"; })),
            Assert.Throws<InvalidOperationException>(() => { _ = slot.SetAsync(_ => { Interlocked.Increment(ref ran); return "s"; }); }),
            Assert.Throws<InvalidOperationException>(() => slot.Publish("p")),
            Assert.Throws<InvalidOperationException>(() => slot.Publish("p", () => Interlocked.Increment(ref ran))),
            Assert.Throws<InvalidOperationException>(() => { _ = slot.PublishAsync("p"); }),
            Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(_ => Interlocked.Increment(ref ran))),
            Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(_ => Interlocked.Increment(ref ran), () => Interlocked.Increment(ref ran))),
            Assert.Throws<InvalidOperationException>(() => { _ = slot.RunOnAllThreadsAsync(_ => Interlocked.Increment(ref ran)); }),
            Assert.Throws<InvalidOperationException>(() => pool.AllocateSlot<string>()),
        };
        Assert.All(refusals, e => Assert.Contains("shut down", e.Message, StringComparison.Ordinal));
        slot.Dispose();
        slot.Dispose();
        Assert.Equal(0, ran);
        Assert.Same(pool.StopAsync(), pool.StopAsync());
        pool.Dispose();
    }

    // Doc (Slot.Dispose): "Every thread's value is freed on that thread; queued callbacks for the slot are skipped";
    // RunOnAllThreads' complete runs "exactly once ..., also when the slot was disposed meanwhile". Set's values that
    // are IDisposable "are disposed on their own thread ... when the slot is disposed".
    [Fact]
    public async Task Disposing_a_slot_with_an_update_in_flight_skips_it_frees_values_on_their_threads_and_completes_once()
    {
        await using var pool = StartPool(2);
        Slot<DisposeProbe> slot = pool.AllocateSlot<DisposeProbe>();
        var threadOf = new ConcurrentDictionary<DisposeProbe, int>();
        await Kit13.Within(slot.SetAsync(_ => { var p = new DisposeProbe(); threadOf[p] = Environment.CurrentManagedThreadId; return p; }), "SetAsync of disposable values");
        Dispatcher held = pool.Workers[0];
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        held.Post(() => { entered.Set(); Kit13.WaitSet(release, "the test to release the held worker"); });
        Kit13.WaitSet(entered, "the held worker to block");

        var updatedOn = new ConcurrentQueue<string>();
        var completions = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.RunOnAllThreads(_ => updatedOn.Enqueue(Dispatcher.Current!.Name), () => { Interlocked.Increment(ref completions); done.TrySetResult(); });
        Task disposed = pool.Main.InvokeAsync(() => slot.Dispose());
        await Kit13.Within(disposed, "the slot's disposal on main");
        release.Set();
        await Kit13.Within(done.Task, "the completion of an update overtaken by the slot's disposal");
        await Kit13.Within(Task.WhenAll(AllThreads(pool).Select(d => d.InvokeAsync(() => { }))), "every thread to run once more");

        Assert.DoesNotContain(held.Name, updatedOn);
        Assert.Equal(1, Volatile.Read(ref completions));
        Assert.Equal(3, threadOf.Count);
        foreach (var (probe, thread) in threadOf)
        {
            Assert.Equal(1, probe.Disposals);
            Assert.Equal(thread, probe.DisposedOnThread);
        }
    }

    // Doc: "A Task form not complete within WorkerPoolOptions.BroadcastTimeout faults with TimeoutException naming every
    // thread that has not run it, ... with the callback each loop is running."
    [Fact]
    public async Task A_broadcast_stuck_behind_a_blocked_worker_times_out_naming_that_worker_and_its_callback()
    {
        await using var pool = StartPool(2, configure: o => o.BroadcastTimeout = TimeSpan.FromMilliseconds(300));
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        Dispatcher held = pool.Workers[1];
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        held.Post(() => { entered.Set(); Kit13.WaitSet(release, "the test to release the held worker"); });
        Kit13.WaitSet(entered, "the held worker to block");
        string? running = held.RunningCallbackDescription;
        try
        {
            Task run = slot.RunOnAllThreadsAsync(_ => { });
            await Kit13.Within(run, "the broadcast timeout");
            var timeout = Assert.IsType<TimeoutException>(run.Exception!.InnerException);
            Assert.Contains(held.Name, timeout.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(pool.Workers[0].Name, timeout.Message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(running), "RunningCallbackDescription was empty while a callback ran");
            Assert.Contains(running!, timeout.Message, StringComparison.Ordinal);
        }
        finally
        {
            release.Set();
        }
    }

    // Doc: "A worker whose loop has exited is not reached: the Task faults with InvalidOperationException naming it ...;
    // the completion still runs."
    [Fact]
    public async Task A_broadcast_to_a_pool_with_an_exited_worker_faults_naming_it_and_the_callback_form_still_completes()
    {
        await using var pool = StartPool(2);
        Slot<string> slot = pool.AllocateSlot<string>();
        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        Dispatcher gone = pool.Workers[0];
        gone.Exit();
        await Kit13.Within(gone.Completion, "the worker to exit");
        var ran = new ConcurrentQueue<string>();

        Task run = slot.RunOnAllThreadsAsync(_ => ran.Enqueue(Dispatcher.Current!.Name));
        await Kit13.Within(run, "a broadcast reaching an exited worker");
        Assert.True(run.IsFaulted, $"the broadcast ended {run.Status}");
        var refused = run.Exception!.Flatten().InnerExceptions.OfType<InvalidOperationException>().ToArray();
        Assert.Contains(refused, e => e.Message.Contains(gone.Name, StringComparison.Ordinal));
        Assert.Contains(pool.Workers[1].Name, ran);
        Assert.DoesNotContain(gone.Name, ran);

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.RunOnAllThreads(_ => { }, () => done.TrySetResult());
        await Kit13.Within(done.Task, "the callback form's completion with an exited worker");
    }

    // Doc: "Workers added later replay the last initializer that succeeded on main (a slot never set successfully gives
    // them no value). If the replay throws there, that worker holds no value; the exception is reported and counted."
    // AddWorkerAsync: "does not fault the task: the worker is running and the other slots hold their values."
    [Fact]
    public async Task A_late_worker_replays_the_last_good_initializer_and_a_throwing_replay_leaves_only_that_slot_empty()
    {
        var reported = new ConcurrentQueue<(string Loop, Exception Error)>();
        await using var pool = StartPool(1, (d, e) => reported.Enqueue((d.Name, e)));
        Slot<string> good = pool.AllocateSlot<string>();
        Slot<string> throwsOnLate = pool.AllocateSlot<string>();
        Slot<string> neverSet = pool.AllocateSlot<string>();
        await Kit13.Within(good.SetAsync(_ => "first"), "the good slot's first set");
        Task failing = good.SetAsync(d => d == pool.Main ? throw new InvalidOperationException("abandoned") : "second");
        await Kit13.Within(failing, "the abandoned set");
        Assert.True(failing.IsFaulted);
        var lateThrow = new InvalidOperationException("replay refused");
        var known = new HashSet<Dispatcher>(AllThreads(pool));
        await Kit13.Within(throwsOnLate.SetAsync(d => known.Contains(d) ? "early" : throw lateThrow), "the second slot's set");
        Task<Weft.Stats.StatsSnapshot> firstFlush = pool.Stats.FlushAsync();
        await Kit13.Within(firstFlush, "a stats flush");
        long before = Kit13.CounterTotal(await firstFlush, "weft.slot.callback_exceptions");

        Task<Dispatcher> add = pool.AddWorkerAsync();
        await Kit13.Within(add, "AddWorkerAsync");
        Assert.True(add.IsCompletedSuccessfully, $"AddWorkerAsync ended {add.Status}: {add.Exception}");
        Dispatcher late = await add;

        var reads = await late.InvokeAsync(() => (
            good.TryGet(out string? g) ? g : "-",
            throwsOnLate.TryGet(out string? t) ? t : "-",
            neverSet.TryGet(out string? n) ? n : "-"));
        Assert.Equal(("first", "-", "-"), reads);
        Assert.Contains(reported, r => r.Loop == late.Name && ReferenceEquals(r.Error, lateThrow));
        Assert.Equal(before + 1, await SlotCallbackExceptions(pool));
    }

    // Doc (Slot.Get): "InvalidOperationException: Not on a thread of this pool, or no value set here"; TryGet: "false
    // when off the pool or not set here".
    [Fact]
    public async Task Get_off_the_pool_or_before_a_value_is_set_throws_and_TryGet_says_false()
    {
        await using var pool = StartPool(1);
        Slot<string> slot = pool.AllocateSlot<string>();
        var beforeSet = await pool.Workers[0].InvokeAsync(() =>
        {
            bool got = slot.TryGet(out _);
            Exception? error = null;
            try { slot.Get(); } catch (Exception e) { error = e; }
            return (got, error);
        });
        Assert.False(beforeSet.got);
        Assert.IsType<InvalidOperationException>(beforeSet.error);

        await Kit13.Within(slot.PublishAsync("x"), "the publish");
        Assert.False(slot.TryGet(out _));
        Assert.Throws<InvalidOperationException>(() => slot.Get());
    }
}
