using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Stats;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>Edges of the loop contract: calls made during and after the exit, a loop disposing itself, stats refusals.</summary>
public sealed class LoopEdgeTests13
{
    // Doc: "Posts are refused from this moment" (Exit) — also from a callback the exit is draining; InvokeAsync then
    // faults rather than throwing.
    [Fact]
    public async Task A_callback_run_by_the_exit_drain_cannot_post_and_its_InvokeAsync_faults()
    {
        var loop = new Dispatcher(Kit13.UniqueName("drain-post"));
        Exception? post = null;
        bool? tryPost = null;
        Task<int>? invoke = null;
        int later = 0;
        loop.Post(() =>
        {
            try { loop.Post(() => later++); } catch (Exception e) { post = e; }
            tryPost = loop.TryPost(() => later++);
            invoke = loop.InvokeAsync(() => ++later);
        });
        Kit13.ExitManual(loop);
        Assert.IsType<ObjectDisposedException>(post);
        Assert.False(tryPost);
        await Kit13.Within(invoke!, "InvokeAsync from a drained callback");
        Assert.IsType<ObjectDisposedException>(invoke!.Exception!.InnerException);
        Assert.Equal(0, later);
    }

    // Doc (DispatcherTimer.Disable): "a no-op when it is not armed"; after the exit a timer "reads IsEnabled false from
    // then on". Only arming is refused after the exit, so disarming and disposing there must not throw.
    [Fact]
    public void Disarming_and_disposing_a_timer_after_its_loop_exited_are_no_ops()
    {
        var loop = new Dispatcher(Kit13.UniqueName("timer-after-exit"));
        DispatcherTimer? armed = null;
        loop.Post(() => { armed = loop.CreateTimer(() => { }); armed.Enable(TimeSpan.FromSeconds(30)); });
        loop.RunOnce();
        Kit13.ExitManual(loop);
        armed!.Disable();
        armed.Dispose();
        Assert.False(armed.IsEnabled);
    }

    // Doc (Dispatcher.Dispose): "Exits and, off the loop thread, waits for the loop to finish" — on the loop thread it
    // must not wait for itself.
    [Fact]
    public async Task A_loop_disposing_itself_from_its_own_callback_exits_without_waiting_for_itself()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("self-dispose"));
        var returned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Post(() => { loop.Dispose(); returned.SetResult(); });
        await Kit13.Within(returned.Task, "Dispose called on the loop thread to return");
        await Kit13.Within(loop.Completion, "the self-disposed loop to exit");
        Assert.True(loop.HasExited);
    }

    // Doc (SynchronizationContext): "await continuations posted to it run on this loop"; after the exit, what reaches it
    // is "dropped (never thrown ...)" and counted in ContinuationsAfterExit.
    [Fact]
    public async Task Posting_to_an_exited_loops_SynchronizationContext_is_dropped_and_counted_not_thrown()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("context-after-exit"));
        int ran = 0;
        Task<int> onLoop = loop.InvokeAsync(() => { loop.SynchronizationContext.Post(_ => ran++, null); return 1; });
        await Kit13.Within(onLoop, "a context post while running");
        await Kit13.Within(loop.InvokeAsync(() => { }), "the context post to run");
        Assert.Equal(1, await loop.InvokeAsync(() => ran));
        loop.Exit();
        await Kit13.Within(loop.Completion, "the loop to exit");

        loop.SynchronizationContext.Post(_ => Interlocked.Increment(ref ran), null);
        Assert.Equal(1, Volatile.Read(ref ran));
        Assert.Equal(1, loop.Stats.ContinuationsAfterExit);
    }

    // Doc (FileEvent.Dispose): "InvalidOperationException: Called off the loop thread while the loop runs" and
    // "Idempotent" — once the loop has exited (and closed the event), disposing it from any thread is allowed.
    [Fact]
    public async Task Disposing_a_file_event_from_another_thread_after_its_loop_exited_is_allowed()
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("fe-dispose-after"));
        var (client, server) = FileEventTests.Pair();
        try
        {
            FileEvent fileEvent = await loop.InvokeAsync(() => loop.CreateFileEvent(server, _ => { }, FileReadyType.Read));
            loop.Exit();
            await Kit13.Within(loop.Completion, "the loop to exit");
            Assert.True(fileEvent.IsClosed);
            fileEvent.Dispose();
            fileEvent.Dispose();
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    // Doc (StatsStore.Flush): "InvalidOperationException: Called off main's thread."
    [Fact]
    public async Task Flush_with_a_callback_off_main_is_refused_and_on_main_runs_the_callback_once_on_main()
    {
        await using var pool = SlotTests.StartPool(1);
        Assert.Throws<InvalidOperationException>(() => pool.Stats.Flush(_ => { }));
        Task workerCall = pool.Workers[0].InvokeAsync(() => pool.Stats.Flush(_ => { }));
        await Kit13.Within(workerCall, "Flush called on a worker");
        Assert.IsType<InvalidOperationException>(workerCall.Exception!.InnerException);

        var got = new TaskCompletionSource<(StatsSnapshot, string?)>(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        await pool.Main.InvokeAsync(() => pool.Stats.Flush(s => { Interlocked.Increment(ref calls); got.TrySetResult((s, Dispatcher.Current?.Name)); }));
        var (snapshot, thread) = await (await Kit13.Within(got.Task, "Flush's callback"));
        Assert.Equal(pool.Main.Name, thread);
        Assert.NotNull(snapshot);
        await Kit13.Within(pool.Main.InvokeAsync(() => { }), "main to run once more");
        Assert.Equal(1, Volatile.Read(ref calls));
    }

    // Doc: "two names could map to one series (doc.dup and doc_dup ...): the second one is refused when it is created,
    // with an ArgumentException naming both. One name has one kind whatever its tags (InvalidOperationException
    // otherwise)."
    [Fact]
    public async Task Stat_names_colliding_in_export_or_changing_kind_are_refused()
    {
        await using var pool = SlotTests.StartPool(0);
        string stem = "d13_" + Guid.NewGuid().ToString("N")[..6];
        pool.Stats.Counter(stem + ".dup");
        var collide = Assert.ThrowsAny<ArgumentException>(() => pool.Stats.Counter(stem + "_dup"));
        Assert.Contains(stem + ".dup", collide.Message, StringComparison.Ordinal);
        Assert.Contains(stem + "_dup", collide.Message, StringComparison.Ordinal);

        pool.Stats.Counter(stem + ".kind", new System.Collections.Generic.KeyValuePair<string, string>("a", "1"));
        Assert.Throws<InvalidOperationException>(() => pool.Stats.Gauge(stem + ".kind", GaugeCombine.Sum, new System.Collections.Generic.KeyValuePair<string, string>("a", "2")));
    }

    // Doc: "FlushAsync completes with ... the last completed one when ... the pool is shut down".
    [Fact]
    public async Task FlushAsync_after_shutdown_completes_with_the_last_completed_snapshot()
    {
        var pool = SlotTests.StartPool(1);
        Counter counter = pool.Stats.Counter("d13.after_shutdown");
        await pool.Workers[0].InvokeAsync(() => counter.Increment(3));
        Task<StatsSnapshot> last = pool.Stats.FlushAsync();
        await Kit13.Within(last, "a flush before shutdown");
        await Kit13.Within(pool.StopAsync(), "StopAsync");
        Task<StatsSnapshot> after = pool.Stats.FlushAsync();
        await Kit13.Within(after, "FlushAsync after shutdown");
        StatsSnapshot snapshot = await after;
        Assert.Equal(pool.Stats.Latest.Sequence, snapshot.Sequence);
        Assert.True(snapshot.Sequence >= (await last).Sequence);
        Assert.Equal(3, snapshot.Counter("d13.after_shutdown"));
        await pool.DisposeAsync();
    }
}
