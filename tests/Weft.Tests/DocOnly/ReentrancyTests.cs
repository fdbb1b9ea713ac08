using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Stats;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Calls made from inside the runtime's own callbacks, and what the docs say is exported about a loop's failures.
public sealed class ReentrancyTests
{
    // "It is counted in DispatcherStats.ContinuationsAfterExit (exported as weft.dispatcher.continuations_after_exit)";
    // README: the loops' own stats are exported through the meter named Weft, "with tags kept as tags".
    [Fact]
    public async Task A_continuation_dropped_by_a_worker_that_exited_is_exported_for_that_worker_through_the_meter_and_the_snapshot()
    {
        await using var pool = WorkerPool.Start(Options("dq-export", 1));
        var worker = pool.Workers[0];
        var pending = new TaskCompletionSource();
        await Within(worker.InvokeAsync(() => { _ = Resume(); }), "starting the await on the worker");
        worker.Exit();
        await Within(worker.Completion, "the worker to exit");
        pending.SetResult();
        var measured = new ConcurrentQueue<(long Value, string? Dispatcher)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StatsStore.MeterName && instrument.Name == "weft.dispatcher.continuations_after_exit")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Value is string name && name.StartsWith("dq-export-", StringComparison.Ordinal))
                {
                    measured.Enqueue((value, name));
                }
            }
        });
        listener.Start();

        var snapshot = await Within(pool.Stats.FlushAsync(), "a flush with one worker exited");
        listener.RecordObservableInstruments();

        Assert.Equal(1, worker.Stats.ContinuationsAfterExit);
        Assert.Contains((1L, worker.Name), measured);
        Assert.DoesNotContain(measured, m => m.Dispatcher == pool.Main.Name && m.Value != 0);
        var exported = snapshot.Counters.Where(c => c.Name.Name == "weft.dispatcher.continuations_after_exit").ToList();
        Assert.Equal(1, exported.Sum(c => c.Value));
        Assert.Contains(exported, c => c.Value == 1 && c.Name.Tags.Any(t => t.Value == worker.Name));

        async Task Resume() => await pending.Task;
    }

    // StopAsync is idempotent and asynchronous (unlike Dispose it is not refused on a pool thread); Flush(callback):
    // "runs the callback on main exactly once with … the last completed one when … the pool is shut down".
    [Fact]
    public async Task StopAsync_called_on_main_completes_and_a_Flush_callback_issued_right_after_it_still_runs_once_on_main()
    {
        var pool = WorkerPool.Start(Options("dq-stopmain", 1));
        var last = await Within(pool.Stats.FlushAsync(), "a flush before stopping");
        var runs = 0;
        var answered = new TaskCompletionSource<(long Sequence, Dispatcher? On)>(TaskCreationOptions.RunContinuationsAsynchronously);

        var stop = await Within(pool.Main.InvokeAsync(() =>
        {
            var stopping = pool.StopAsync();
            pool.Stats.Flush(s =>
            {
                Interlocked.Increment(ref runs);
                answered.TrySetResult((s.Sequence, Dispatcher.Current));
            });
            return stopping;
        }), "calling StopAsync and Flush on main");
        await Within(stop, "the StopAsync started on main");
        var (sequence, on) = await Within(answered.Task, "the Flush callback issued as shutdown began");

        Assert.Equal(last.Sequence, sequence);
        Assert.Same(pool.Main, on);
        Assert.Equal(1, Volatile.Read(ref runs));
        Assert.True(pool.Main.HasExited);
    }

    // DispatcherOptions.UnhandledExceptionHandler: "each exception a callback, timer or deferred delete throws";
    // DeferredDelete: "Deletes requested during a delete pass get a pass of their own."
    [Fact]
    public async Task A_throwing_deferred_delete_is_reported_the_rest_of_its_pass_still_runs_and_a_delete_requested_meanwhile_gets_its_own_pass()
    {
        var reports = new HandlerLog();
        using var loop = Dispatcher.Start("doc-deferred", new DispatcherOptions { UnhandledExceptionHandler = reports.Handle });
        var disposed = new ConcurrentQueue<string>();
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await Within(loop.InvokeAsync(() =>
        {
            loop.DeferredDelete(new OnDispose(() =>
            {
                disposed.Enqueue("first");
                throw new InvalidOperationException("first delete failed");
            }));
            loop.DeferredDelete(new OnDispose(() =>
            {
                disposed.Enqueue("second");
                loop.DeferredDelete(new OnDispose(() =>
                {
                    disposed.Enqueue("third");
                    third.TrySetResult();
                }));
            }));
            Assert.Empty(disposed);
        }), "requesting the deferred deletes");
        await Within(third.Task, "the delete requested during a delete pass");

        Assert.Equal(new[] { "first", "second", "third" }, disposed);
        var report = Assert.Single(reports.Reports);
        Assert.Equal("first delete failed", report.Exception.Message);
        Assert.Same(loop, report.RanOn);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
    }

    // Slot<T>.Dispose: "from a worker by posting the removal to main"; AddWorker replays "every live slot".
    [Fact]
    public async Task A_slot_disposed_from_a_worker_is_not_replayed_on_a_worker_added_afterwards()
    {
        await using var pool = WorkerPool.Start(Options("dq-wkdispose", 1));
        var slot = pool.AllocateSlot<string>();
        var built = new ConcurrentQueue<string>();
        await Within(slot.SetAsync(d => { built.Enqueue(d.Name); return d.Name; }), "the slot to be set");

        await Within(pool.Workers[0].InvokeAsync(slot.Dispose), "disposing the slot on worker-0");
        var late = await Within(pool.AddWorkerAsync(), "a worker added after the removal was posted");

        Assert.False(await late.InvokeAsync(() => slot.TryGet(out _)), "the late worker holds a value of a disposed slot");
        Assert.DoesNotContain(late.Name, built);
    }

    private sealed class OnDispose(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
