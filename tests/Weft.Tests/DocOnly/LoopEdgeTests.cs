using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Loop edges from the Dispatcher, DispatcherOptions, FileEvent and DispatcherTimer XML docs and docs/io.md.
public sealed class LoopEdgeTests
{
    private static async Task<(Socket Client, Socket Server)> ConnectedPair(Socket listener)
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        return (client, await listener.AcceptAsync());
    }

    private static Socket Listen()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        return listener;
    }

    // Dispatcher remarks: "What was admitted before the exit is run … per QueuedWorkAtExit" (Drain, the default:
    // "Run every callback admitted before the exit, then stop. The default: nothing is lost").
    [Fact]
    public async Task Work_admitted_before_exit_is_drained_by_default_including_an_InvokeAsync()
    {
        using var loop = new Dispatcher("doc-drain");
        var ran = 0;
        loop.Post(() => ran++);
        var invoked = loop.InvokeAsync(() => ++ran);
        loop.Exit();

        Assert.False(loop.RunOnce());

        Assert.Equal(2, ran);
        Assert.Equal(2, await Within(invoked, "the drained InvokeAsync"));
        Assert.Equal(0, loop.Stats.DiscardedAtExit);
    }

    // An await continuation arriving while the loop is exiting (Exit called, loop still inside a callback): it must
    // not be thrown at the completing thread, and it is either drained or counted — never lost silently.
    [Fact]
    public async Task A_continuation_arriving_while_the_loop_is_exiting_is_not_thrown_at_the_completer_and_is_run_or_counted()
    {
        using var loop = Dispatcher.Start("doc-exiting-await");
        var awaited = new TaskCompletionSource();
        var resumed = 0;
        await Within(loop.InvokeAsync(() => { _ = ResumeAfter(); }), "starting the await on the loop");
        using var gate = new LoopGate();
        await gate.HoldAsync(loop);
        loop.Exit();

        var thrown = Record.Exception(awaited.SetResult);
        gate.Release();
        await Within(loop.Completion, "the loop to finish exiting");

        Assert.Null(thrown);
        Assert.Equal(1, Volatile.Read(ref resumed) + loop.Stats.ContinuationsAfterExit);

        async Task ResumeAfter()
        {
            await awaited.Task;
            Interlocked.Increment(ref resumed);
        }
    }

    // Dispatcher.Dispose: "Exits and, off the loop thread, waits for the loop to finish" — so on it, it must not wait.
    [Fact]
    public async Task Disposing_a_dispatcher_from_its_own_callback_exits_it_without_waiting_for_itself()
    {
        var loop = Dispatcher.Start("doc-self-dispose");

        await Within(loop.InvokeAsync(loop.Dispose), "Dispose called on the loop's own thread");
        await Within(loop.Completion, "the loop to exit after disposing itself");

        Assert.True(loop.HasExited);
    }

    // docs/io.md 6: "Registration, interest changes, Activate and Dispose run on the owning loop. From another thread they
    // throw InvalidOperationException naming the action and the dispatcher." Same for timers and deferred deletes.
    [Fact]
    public async Task Loop_only_calls_made_from_another_thread_throw_InvalidOperationException_naming_the_dispatcher()
    {
        using var loop = Dispatcher.Start("doc-wrong-thread");
        using var listener = Listen();
        var (client, server) = await ConnectedPair(listener);
        using var clientOwner = client;
        using var serverOwner = server;
        var fileEvent = await Within(loop.InvokeAsync(() => loop.CreateFileEvent(server, _ => { }, FileReadyType.Read)), "registering on the loop");
        var timer = await Within(loop.InvokeAsync(() => loop.CreateTimer(() => { })), "creating a timer on the loop");
        using var other = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var refusals = new (string Action, Exception? Thrown)[]
        {
            ("CreateFileEvent", Record.Exception(() => loop.CreateFileEvent(other, _ => { }, FileReadyType.Read))),
            ("SetEnabled", Record.Exception(() => fileEvent.SetEnabled(FileReadyType.Write))),
            ("Activate", Record.Exception(() => fileEvent.Activate(FileReadyType.Read))),
            ("FileEvent.Dispose", Record.Exception(fileEvent.Dispose)),
            ("CreateTimer", Record.Exception(() => loop.CreateTimer(() => { }))),
            ("Timer.Enable", Record.Exception(() => timer.Enable(TimeSpan.Zero))),
            ("Timer.Disable", Record.Exception(timer.Disable)),
            ("DeferredDelete", Record.Exception(() => loop.DeferredDelete(other))),
        };

        Assert.All(refusals, r =>
        {
            var refused = Assert.IsType<InvalidOperationException>(r.Thrown);
            Assert.Contains(loop.Name, refused.Message, StringComparison.Ordinal);
        });
        Assert.False(await loop.InvokeAsync(() => fileEvent.IsClosed), "a refused Dispose closed the event");
        await loop.InvokeAsync(() => { fileEvent.Dispose(); timer.Dispose(); });
    }

    // docs/io.md 8: "Dispose deregisters at once: no callback runs after Dispose returns, even for readiness already
    // collected in the same iteration (an earlier callback of the batch may dispose a later one)."
    [Theory]
    [InlineData(DispatcherIoBackend.Automatic)]
    [InlineData(DispatcherIoBackend.Portable)]
    public async Task A_file_event_disposed_by_an_earlier_callback_of_the_same_batch_never_runs(DispatcherIoBackend backend)
    {
        using var loop = Dispatcher.Start("doc-batch-dispose", new DispatcherOptions { IoBackend = backend });
        using var listener = Listen();
        var (clientA, serverA) = await ConnectedPair(listener);
        var (clientB, serverB) = await ConnectedPair(listener);
        using var a1 = clientA;
        using var a2 = serverA;
        using var b1 = clientB;
        using var b2 = serverB;
        var ran = new ConcurrentQueue<string>();
        FileEvent? eventA = null;
        FileEvent? eventB = null;
        var firstRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await Within(loop.InvokeAsync(() =>
        {
            eventA = loop.CreateFileEvent(serverA, _ => OnReady("A", eventA!, eventB!), FileReadyType.Read);
            eventB = loop.CreateFileEvent(serverB, _ => OnReady("B", eventB!, eventA!), FileReadyType.Read);
        }), "registering both sockets");

        using (var gate = new LoopGate())
        {
            await gate.HoldAsync(loop);
            clientA.Send("a"u8);
            clientB.Send("b"u8);
            gate.Release();
        }

        await Within(firstRan.Task, "the first callback with data");
        // More readiness for both; the disposed one must stay silent. A later InvokeAsync is posted behind it.
        clientA.Send("a"u8);
        clientB.Send("b"u8);
        await Within(loop.InvokeAsync(() => { }), "a later iteration");
        await Within(loop.InvokeAsync(() => { }), "another later iteration");

        Assert.Single(ran.Distinct());
        await loop.InvokeAsync(() => { eventA!.Dispose(); eventB!.Dispose(); });

        void OnReady(string name, FileEvent self, FileEvent other)
        {
            var buffer = new byte[16];
            var got = 0;
            while (self.Receive(buffer, out var error) is var n && error == SocketError.Success && n > 0)
            {
                got += n;
            }

            if (got > 0)
            {
                ran.Enqueue(name);
                other.Dispose();
                firstRan.TrySetResult();
            }
        }
    }

    // docs/io.md 10 and FileEvent remarks: "When the loop exits, every event still registered is closed"; "It does not
    // close the socket; whoever owns the socket closes it."
    [Fact]
    public async Task The_loops_exit_closes_every_registered_event_but_leaves_the_socket_open()
    {
        var loop = Dispatcher.Start("doc-exit-closes");
        using var listener = Listen();
        var (client, server) = await ConnectedPair(listener);
        using var c = client;
        using var s = server;
        var fileEvent = await Within(loop.InvokeAsync(() => loop.CreateFileEvent(server, _ => { }, FileReadyType.Read)), "registering");

        loop.Dispose();
        await Within(loop.Completion, "the loop to exit");

        Assert.True(fileEvent.IsClosed, "an event registered at the loop's exit is not closed");
        Assert.Equal(1, server.Send("x"u8));
        var buffer = new byte[1];
        Assert.Equal(1, await Within(client.ReceiveAsync(buffer), "the byte sent through the socket after the loop exited"));
    }

    // WorkerPool.AddWorker: "every live slot is replayed onto it, oldest first, before any later change reaches it".
    [Fact]
    public async Task A_broadcast_issued_right_after_AddWorker_reaches_the_late_worker_after_every_slot_was_replayed_oldest_first()
    {
        await using var pool = WorkerPool.Start(Options("dq-lateorder", 1));
        var order = new ConcurrentQueue<(string Thread, string Slot)>();
        var older = pool.AllocateSlot<string>();
        var newer = pool.AllocateSlot<string>();
        await Within(older.SetAsync(d => { order.Enqueue((d.Name, "older")); return "o:" + d.Name; }), "setting the older slot");
        await Within(newer.SetAsync(d => { order.Enqueue((d.Name, "newer")); return "n:" + d.Name; }), "setting the newer slot");
        var seen = new ConcurrentQueue<(string Thread, string Value)>();

        var late = pool.AddWorker();
        await Within(newer.RunOnAllThreadsAsync(v => seen.Enqueue((Dispatcher.Current!.Name, v))), "a broadcast issued right after AddWorker");

        Assert.Equal(new[] { "older", "newer" }, order.Where(o => o.Thread == late.Name).Select(o => o.Slot));
        Assert.Contains((late.Name, "n:" + late.Name), seen);
        Assert.Equal(3, seen.Count);
    }

    // Slot<T>.RunOnAllThreads: "Threads with no value are skipped; so is everything once the slot is disposed";
    // with a completion: it "runs on main exactly once after every thread ran the update, skipped it or threw".
    [Fact]
    public async Task A_broadcast_on_a_disposed_slot_runs_nowhere_and_its_Task_and_completion_still_finish()
    {
        await using var pool = WorkerPool.Start(Options("dq-deadslot", 2));
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        await Within(pool.Main.InvokeAsync(slot.Dispose), "disposing the slot on main");
        var updates = 0;
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await Within(slot.RunOnAllThreadsAsync(_ => Interlocked.Increment(ref updates)), "the Task form on a disposed slot");
        slot.RunOnAllThreads(_ => Interlocked.Increment(ref updates), completed.SetResult);
        await Within(completed.Task, "the completion on a disposed slot");

        Assert.Equal(0, Volatile.Read(ref updates));
    }

    // Slot<T>.Set / RunOnAllThreads called on main run main's step "inline when called there"; with no Task, an
    // exception goes "to WorkerPoolOptions.UnhandledExceptionHandler … on the thread where it threw", not to the caller.
    [Fact]
    public async Task Callback_forms_called_on_main_whose_step_throws_inline_report_it_instead_of_throwing_at_the_caller()
    {
        var reports = new HandlerLog();
        var options = Options("dq-inline", 1);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => "v1"), "the slot to be set");
        var main = pool.Main;
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var thrownAtCaller = await Within(pool.Main.InvokeAsync(() => Record.Exception(() =>
        {
            slot.Set(d => d == main ? throw new InvalidOperationException("Set failed inline") : "v2");
            slot.RunOnAllThreads(_ => throw new InvalidOperationException("update failed on " + Dispatcher.Current!.Name), completed.SetResult);
        })), "calling the callback forms on main");
        await Within(completed.Task, "the completion");

        Assert.Null(thrownAtCaller);
        await reports.WaitForAsync(3, "main's two inline exceptions and the worker's");
        Assert.Contains(reports.Reports, r => r.Dispatcher == main && r.RanOn == main && r.Exception.Message == "Set failed inline");
        Assert.Contains(reports.Reports, r => r.Dispatcher == main && r.Exception.Message == "update failed on " + main.Name);
        Assert.Equal("v1", await pool.Workers[0].InvokeAsync(() => slot.Get()));
    }

    // GuardDogOptions.KillAction replaces FailFast; GuardDog: "kill and multi-kill abort the process, naming the stalled
    // dispatcher and the callback it is running"; a miss is raised once per stall with RunningCallback.
    [Fact]
    public async Task A_stuck_worker_trips_miss_then_kill_naming_the_worker_and_the_callback_it_is_running()
    {
        var killed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var misses = new ConcurrentQueue<Weft.Watchdog.GuardDogEvent>();
        var options = Options("dq-kill", 2);
        options.GuardDog = new Weft.Watchdog.GuardDogOptions
        {
            MissTimeout = TimeSpan.FromMilliseconds(100),
            MegaMissTimeout = TimeSpan.Zero,
            KillTimeout = TimeSpan.FromMilliseconds(400),
            // Only the stuck worker's kill counts: on a loaded machine another loop may stall briefly too.
            KillAction = message =>
            {
                if (message.Contains("dq-kill-worker-1", StringComparison.Ordinal))
                {
                    killed.TrySetResult(message);
                }
            },
        };
        await using var pool = WorkerPool.Start(options);
        pool.GuardDog!.Stalled += misses.Enqueue;
        var stuck = pool.Workers[1];
        using var gate = new LoopGate();
        await gate.HoldAsync(stuck);
        var running = stuck.RunningCallbackDescription;

        var message = await Within(killed.Task, "the guard dog's kill action for a worker stuck past KillTimeout");
        gate.Release();

        Assert.Contains(stuck.Name, message, StringComparison.Ordinal);
        Assert.Contains(running!, message, StringComparison.Ordinal);
        Assert.Equal("dq-kill-worker-1", stuck.Name);
        Assert.Contains(misses, m => m.Dispatcher == stuck.Name && m.Kind == Weft.Watchdog.GuardDogEventKind.Miss && m.RunningCallback == running);
    }

    // GuardDogOptions.MultiKillThreshold: "Fraction (0 to 1) of dispatchers that must be stalled past MultiKillTimeout:
    // max(2, ceil(threshold × count))"; GuardDog: multi-kill aborts "naming the stalled dispatcher and the callback".
    // Three dispatchers, threshold 0.5: two stalled workers are enough (max(2, ceil(1.5)) = 2).
    [Fact]
    public async Task Two_stalled_workers_of_three_loops_trip_multi_kill_naming_both_with_their_callbacks()
    {
        var killed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = Options("dq-multikill", 2);
        options.GuardDog = new Weft.Watchdog.GuardDogOptions
        {
            MissTimeout = TimeSpan.Zero,
            MegaMissTimeout = TimeSpan.Zero,
            MultiKillTimeout = TimeSpan.FromMilliseconds(500),
            MultiKillThreshold = 0.5,
            KillAction = message =>
            {
                if (message.Contains("dq-multikill-worker-0", StringComparison.Ordinal) && message.Contains("dq-multikill-worker-1", StringComparison.Ordinal))
                {
                    killed.TrySetResult(message);
                }
            },
        };
        await using var pool = WorkerPool.Start(options);
        using var first = new LoopGate();
        using var second = new LoopGate();
        await first.HoldAsync(pool.Workers[0]);
        await second.HoldAsync(pool.Workers[1]);
        var running = new[] { pool.Workers[0].RunningCallbackDescription, pool.Workers[1].RunningCallbackDescription };

        var message = await Within(killed.Task, "the multi-kill for two workers stalled past MultiKillTimeout");
        first.Release();
        second.Release();

        Assert.All(running, r => Assert.Contains(r!, message, StringComparison.Ordinal));
    }

    // Dispatcher.Run: "<exception cref="InvalidOperationException">Another thread owns the loop, or it is already running."
    [Fact]
    public async Task Running_a_started_loop_from_a_second_thread_is_refused_and_the_loop_keeps_serving()
    {
        using var loop = Dispatcher.Start("doc-run-twice");
        await Within(loop.InvokeAsync(() => { }), "the loop to run");

        Assert.Throws<InvalidOperationException>(loop.Run);
        Assert.Equal(3, await Within(loop.InvokeAsync(() => 3), "the loop to serve after the refused Run"));
    }
}
