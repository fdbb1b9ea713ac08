using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Slots;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// A throwing callback or initializer in each place docs/failure-semantics.md names, slot verbs and posts racing a
// pool's shutdown, and a pool stopped while its workers own connections: what the Task, the statistics and the loop do.
public sealed class FailureRound11Tests
{
    private const string SlotCallbackExceptions = "weft.slot.callback_exceptions";

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_throwing_post_timer_deferred_delete_and_file_event_are_each_reported_on_the_loop_counted_and_the_loop_goes_on(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-throw-everywhere-{backend}", backend, handler);
        var (client, server) = await NetKit.SocketPair();
        using var clientOwner = client;
        using var serverOwner = server;
        try
        {
            var before = await Kit11.StatsOn(loop, "before");
            FileEvent? fileEvent = null;
            await NetKit.On(
                loop,
                () =>
                {
                    loop.Post(static () => throw new InvalidOperationException("posted callback throws"));
                    var timer = loop.CreateTimer(static () => throw new InvalidOperationException("timer throws"));
                    timer.Enable(TimeSpan.Zero);
                    loop.DeferredDelete(new ThrowingDisposable("deferred delete throws"));
                    fileEvent = loop.CreateFileEvent(server, static _ => throw new InvalidOperationException("file event throws"), FileReadyType.Read);
                    fileEvent.Activate(FileReadyType.Read);
                },
                "queue four throwing callbacks");
            await handler.WaitForAsync(4, "the four throwing callbacks reported");
            await NetKit.Settle(loop, "after the throws");
            var after = await Kit11.StatsOn(loop, "after");

            var messages = handler.Reports.Select(r => r.Exception.Message).OrderBy(m => m).ToArray();
            Assert.Equal(new[] { "deferred delete throws", "file event throws", "posted callback throws", "timer throws" }, messages);
            Assert.All(handler.Reports, r => Assert.True(r.Dispatcher == loop && r.RanOn == loop, $"'{r.Exception.Message}' reported for {r.Dispatcher.Name} on {r.RanOn?.Name ?? "no loop"}."));
            Assert.True(after.UnhandledExceptions - before.UnhandledExceptions == 4, $"UnhandledExceptions {before.UnhandledExceptions} → {after.UnhandledExceptions}.");
            Assert.True(after.FileEventFailures - before.FileEventFailures == 1, $"FileEventFailures {before.FileEventFailures} → {after.FileEventFailures}.");
            Assert.True(after.FileEventsRun - before.FileEventsRun >= 1, $"FileEventsRun {before.FileEventsRun} → {after.FileEventsRun}: a callback that threw is still run.");
            Assert.True(after.TimersFired - before.TimersFired == 1, $"TimersFired {before.TimersFired} → {after.TimersFired}: a timer that threw is still counted as fired.");
            Assert.True(after.CallbacksRun - before.CallbacksRun >= 2, $"CallbacksRun {before.CallbacksRun} → {after.CallbacksRun}: the throwing post counts as run.");

            // Contract item 7: the event stays registered, so Activate runs it (and it throws) again.
            await NetKit.On(loop, () => fileEvent!.Activate(FileReadyType.Read), "activate the throwing event again");
            await handler.WaitForAsync(1, "the file event's second throw");
            Assert.Equal(42, await NetKit.On(loop, static () => 42, "the loop still runs"));
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Fact]
    public async Task A_Set_whose_initializer_throws_on_main_is_abandoned_at_once_and_every_thread_keeps_its_value()
    {
        var handler = new HandlerLog();
        var options = DocOnlyKit.Options("r11-set-main-throws", 2);
        options.UnhandledExceptionHandler = handler.Handle;
        options.BroadcastTimeout = TimeSpan.FromMinutes(5);
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await DocOnlyKit.Within(slot.SetAsync(static _ => "v1"), "the first value");
        var workerCalls = new CallCounter();
        var main = pool.Main;

        var task = slot.SetAsync(d =>
        {
            if (d == main)
            {
                throw new InvalidOperationException("initializer refuses on main");
            }

            workerCalls.Hit();
            return "v2";
        });

        // "Without waiting for any timeout": the broadcast timeout is five minutes, the bound twenty seconds.
        var fault = await DocOnlyKit.FaultOf<AggregateException>(task, "SetAsync whose initializer throws on main");
        Assert.Contains(main.Name, fault.Message);
        var inner = Assert.Single(fault.InnerExceptions);
        Assert.Equal("initializer refuses on main", inner.Message);
        Assert.Equal(main.Name, inner.Data["Weft.Dispatcher"]);
        await AssertValues(pool, slot, "v1", "after an initializer threw on main");
        Assert.Equal(0, workerCalls.Calls);

        // The callback form: reported on main, counted with the Task form's throw.
        slot.Set(d => d == main ? throw new InvalidOperationException("callback form refuses on main") : "v3");
        await handler.WaitForAsync(1, "the callback form's throw reported");
        var (reportedFor, exception, ranOn) = Assert.Single(handler.Reports);
        Assert.True(reportedFor == main && ranOn == main && exception.Message == "callback form refuses on main", $"Reported for {reportedFor.Name} on {ranOn?.Name}: {exception.Message}.");
        await AssertValues(pool, slot, "v1", "after the callback form threw on main");
        var snapshot = await DocOnlyKit.Within(pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(2, DocOnlyKit.CounterTotal(snapshot, SlotCallbackExceptions));
    }

    [Fact]
    public async Task A_step_that_throws_on_some_threads_faults_naming_them_in_thread_order_while_the_others_switch()
    {
        var options = DocOnlyKit.Options("r11-step-throws", 3);
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await DocOnlyKit.Within(slot.SetAsync(static _ => "v1"), "the first value");
        var refusing = pool.Workers[1];

        var fault = await DocOnlyKit.FaultOf<AggregateException>(
            slot.SetAsync(d => d == refusing ? throw new InvalidOperationException($"refused on {d.Name}") : "v2"),
            "SetAsync throwing on worker 1");
        Assert.Contains(refusing.Name, fault.Message);
        Assert.Equal(refusing.Name, Assert.Single(fault.InnerExceptions).Data["Weft.Dispatcher"]);
        foreach (var thread in new[] { pool.Main, pool.Workers[0], pool.Workers[1], pool.Workers[2] })
        {
            var value = await NetKit.On(thread, () => slot.Get(), $"the value on {thread.Name}");
            Assert.True(value == (thread == refusing ? "v1" : "v2"), $"{thread.Name} holds {value}.");
        }

        var ran = new ConcurrentQueue<string>();
        var main = pool.Main;
        var last = pool.Workers[2];
        var updateFault = await DocOnlyKit.FaultOf<AggregateException>(
            slot.RunOnAllThreadsAsync(_ =>
            {
                var here = Dispatcher.Current!;
                ran.Enqueue(here.Name);
                if (here == main || here == last)
                {
                    throw new InvalidOperationException($"update throws on {here.Name}");
                }
            }),
            "RunOnAllThreadsAsync throwing on main and worker 2");
        Assert.Equal(new object?[] { main.Name, last.Name }, updateFault.InnerExceptions.Select(e => e.Data["Weft.Dispatcher"]).ToArray());
        Assert.True(updateFault.Message.IndexOf(main.Name, StringComparison.Ordinal) < updateFault.Message.IndexOf(last.Name, StringComparison.Ordinal), $"Thread order, main first: {updateFault.Message}");
        Assert.Equal(4, ran.Count);
        var snapshot = await DocOnlyKit.Within(pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(3, DocOnlyKit.CounterTotal(snapshot, SlotCallbackExceptions));
    }

    [Fact]
    public async Task A_replay_that_throws_on_a_late_worker_leaves_it_without_a_value_and_is_reported_there()
    {
        var handler = new HandlerLog();
        var options = DocOnlyKit.Options("r11-late-replay", 1);
        options.UnhandledExceptionHandler = handler.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        var known = new HashSet<Dispatcher> { pool.Main, pool.Workers[0] };
        await DocOnlyKit.Within(slot.SetAsync(d => known.Contains(d) ? "v1" : throw new InvalidOperationException($"replay refused on {d.Name}")), "the value on the first threads");

        Dispatcher? late = null;
        try
        {
            late = await DocOnlyKit.Within(pool.AddWorkerAsync(), "a late worker");
        }
        catch (Exception ex)
        {
            // Whether AddWorkerAsync itself faults on a failed replay is not documented; the checks below are.
            Console.WriteLine($"AddWorkerAsync with a throwing replay: {ex.GetType().Name}: {ex.Message}");
        }

        await handler.WaitForAsync(1, "the late worker's throwing replay reported");
        var (reportedFor, exception, ranOn) = Assert.Single(handler.Reports);
        late ??= pool.Workers.Last();
        Assert.True(reportedFor == late && ranOn == late, $"The replay's exception was reported for {reportedFor.Name} on {ranOn?.Name}; expected {late.Name}.");
        Assert.Contains(late.Name, exception.Message);
        Assert.False(await NetKit.On(late, () => slot.TryGet(out _), "the late worker's value"), "A late worker whose replay threw holds a value.");
        Assert.Equal("v1", await NetKit.On(pool.Workers[0], () => slot.Get(), "worker 0's value"));
        var snapshot = await DocOnlyKit.Within(pool.Stats.FlushAsync(), "a stats flush");
        Assert.Equal(1, DocOnlyKit.CounterTotal(snapshot, SlotCallbackExceptions));
    }

    [Fact]
    public async Task Slot_verbs_racing_StopAsync_throw_at_once_or_complete_and_completions_run_at_most_once()
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        for (var round = 0; round < 5; round++)
        {
            var context = $"[seed {seed}, round {round}]";
            var pool = WorkerPool.Start(DocOnlyKit.Options($"r11-verbs-stop-{round}", 2));
            var slot = pool.AllocateSlot<string>();
            await DocOnlyKit.Within(slot.SetAsync(static _ => "v0"), $"the first value {context}");
            var stopAfter = random.Next(0, 300);
            var tasks = new ConcurrentQueue<(string Verb, Task Task)>();
            var completions = new ConcurrentDictionary<int, int>();
            var refusedMessages = new ConcurrentQueue<string>();
            var producerSeeds = new[] { random.Next(), random.Next() };
            var stopped = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
            var producers = Enumerable.Range(0, 2).Select(p => Task.Factory.StartNew(
                () =>
                {
                    var verbs = new Random(producerSeeds[p]);
                    for (var i = 0; i < 200_000; i++)
                    {
                        if (p == 0 && i == stopAfter)
                        {
                            stopped.TrySetResult(pool.StopAsync());
                        }

                        var id = (p * 10_000) + i;
                        try
                        {
                            switch (verbs.Next(5))
                            {
                                case 0:
                                    tasks.Enqueue(("SetAsync", slot.SetAsync(_ => $"v{id}")));
                                    break;
                                case 1:
                                    tasks.Enqueue(("PublishAsync", slot.PublishAsync($"p{id}")));
                                    break;
                                case 2:
                                    tasks.Enqueue(("RunOnAllThreadsAsync", slot.RunOnAllThreadsAsync(static _ => { })));
                                    break;
                                case 3:
                                    slot.Set(_ => $"s{id}");
                                    break;
                                default:
                                    slot.RunOnAllThreads(static _ => { }, () => completions.AddOrUpdate(id, 1, static (_, n) => n + 1));
                                    break;
                            }
                        }
                        catch (InvalidOperationException ex)
                        {
                            refusedMessages.Enqueue(ex.Message);
                            return;
                        }
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();

            await DocOnlyKit.Within(Task.WhenAll(producers), $"the producers {context}");
            var stop = await DocOnlyKit.Within(stopped.Task, $"StopAsync to be called {context}");
            await DocOnlyKit.Within(stop, $"StopAsync {context}");
            Assert.Same(stop, pool.StopAsync());
            Assert.True(refusedMessages.Count == 2 && refusedMessages.All(m => m.Contains("shut down", StringComparison.Ordinal)), $"{context} refusals: {string.Join(" | ", refusedMessages)}.");

            foreach (var (verb, task) in tasks)
            {
                await DocOnlyKit.Within(task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default), $"{verb} {context}");
                if (task.IsFaulted)
                {
                    var ex = task.Exception!.InnerException!;
                    var allowed = ex is InvalidOperationException || (ex is AggregateException nested && nested.Flatten().InnerExceptions.All(e => e is InvalidOperationException));
                    Assert.True(allowed, $"{context} {verb} faulted with {ex.GetType().Name}: {ex.Message}.");
                }
                else
                {
                    Assert.True(task.Status == TaskStatus.RanToCompletion, $"{context} {verb} ended {task.Status}.");
                }
            }

            Assert.True(completions.Values.All(n => n == 1), $"{context} a completion ran more than once.");
            Assert.Throws<InvalidOperationException>(() => { _ = slot.SetAsync(static _ => "late"); });
            Assert.Throws<InvalidOperationException>(() => slot.RunOnAllThreads(static _ => { }));
        }
    }

    [Fact]
    public async Task A_worker_whose_loop_exited_is_named_by_the_broadcast_Task_the_others_run_it_and_the_pool_still_stops()
    {
        var pool = WorkerPool.Start(DocOnlyKit.Options("r11-worker-exited", 2));
        var slot = pool.AllocateSlot<string>();
        await DocOnlyKit.Within(slot.SetAsync(static _ => "v1"), "the first value");
        var gone = pool.Workers[1];
        await NetKit.ExitAsync(gone);

        var ran = new ConcurrentQueue<string>();
        var fault = await DocOnlyKit.FaultOf<InvalidOperationException>(
            slot.RunOnAllThreadsAsync(_ => ran.Enqueue(Dispatcher.Current!.Name)),
            "RunOnAllThreadsAsync with an exited worker");
        Assert.Contains(gone.Name, fault.Message);
        Assert.Equal(new[] { pool.Main.Name, pool.Workers[0].Name }.OrderBy(n => n), ran.OrderBy(n => n));

        var completed = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var completions = 0;
        slot.RunOnAllThreads(static _ => { }, () =>
        {
            Interlocked.Increment(ref completions);
            completed.TrySetResult(Dispatcher.Current?.Name);
        });
        Assert.Equal(pool.Main.Name, await DocOnlyKit.Within(completed.Task, "the callback form's completion with an exited worker"));
        await DocOnlyKit.Within(pool.StopAsync(), "StopAsync with a worker already exited");
        Assert.Equal(1, Volatile.Read(ref completions));
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task StopAsync_past_its_deadline_names_only_the_stuck_worker_and_the_other_workers_connections_close_with_LoopExited(DispatcherIoBackend backend)
    {
        var options = DocOnlyKit.Options($"r11stuck{(backend == DispatcherIoBackend.Portable ? "p" : "e")}", 2);
        options.ShutdownTimeout = DocOnlyKit.ShortDeadline;
        options.IoBackend = backend;
        var pool = WorkerPool.Start(options);
        var serving = pool.Workers[0];
        var stuck = pool.Workers[1];
        using var gate = new LoopGate();
        var accepted = new AcceptedLogs(serving);
        var listener = await NetKit.On(serving, () => Listener.Open(serving, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open on worker 0");
        using var client = await NetKit.ConnectClient(listener.LocalEndPoint, "a client of worker 0");
        var connection = await accepted.WaitFor(0, "worker 0's connection");
        await NetKit.Settle(serving, "worker 0's accept callback finished");
        await gate.HoldAsync(stuck);

        var stop = pool.StopAsync();
        var timeout = await DocOnlyKit.FaultOf<TimeoutException>(stop, "StopAsync with worker 1 stuck");
        Assert.Contains(stuck.Name, timeout.Message);
        Assert.DoesNotContain(serving.Name, timeout.Message);
        Assert.Same(stop, pool.StopAsync());
        Assert.True(serving.HasExited, "Worker 0 had not exited when StopAsync gave up on worker 1.");
        connection.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "a connection on a worker stopped with the pool");
        var end = await Kit11.EndSeenByClient(client, "worker 0's client after the stop");
        Assert.True(backend == DispatcherIoBackend.Portable ? Kit11.IsCloseOrReset(end) : end == SocketError.Success, $"Worker 0's client saw {end}.");

        gate.Release();
        await DocOnlyKit.Within(stuck.Completion, "the stuck worker to exit once released");
    }

    [Fact]
    public async Task A_Flush_callback_that_throws_is_mains_unhandled_exception_and_the_next_callback_still_runs()
    {
        var handler = new HandlerLog();
        var options = DocOnlyKit.Options("r11-flush-throws", 1);
        options.UnhandledExceptionHandler = handler.Handle;
        await using var pool = WorkerPool.Start(options);
        var second = new TaskCompletionSource<Weft.Stats.StatsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        var main = pool.Main;
        await NetKit.On(
            main,
            () =>
            {
                pool.Stats.Flush(static _ => throw new InvalidOperationException("flush callback throws"));
                pool.Stats.Flush(s => second.TrySetResult(s));
            },
            "two Flush callbacks on main");
        await DocOnlyKit.Within(second.Task, "the second Flush callback");
        await handler.WaitForAsync(1, "the throwing Flush callback reported");
        var (reportedFor, exception, ranOn) = Assert.Single(handler.Reports);
        Assert.True(reportedFor == main && ranOn == main && exception.Message == "flush callback throws", $"Reported for {reportedFor.Name} on {ranOn?.Name}: {exception.Message}.");
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Stopping_a_pool_whose_workers_own_connections_connects_and_timers_closes_them_all_on_their_worker(DispatcherIoBackend backend)
    {
        var options = DocOnlyKit.Options($"r11stopio{(backend == DispatcherIoBackend.Portable ? "p" : "e")}", 2);
        options.IoBackend = backend;
        var pool = WorkerPool.Start(options);
        using var backlog = await Kit11.FullBacklogAsync();
        var clients = new List<Socket>();
        var logs = new List<ConnectionLog>();
        var timers = new List<(DispatcherTimer Timer, CallCounter Runs)>();
        try
        {
            foreach (var worker in pool.Workers)
            {
                var accepted = new AcceptedLogs(worker);
                var listener = await NetKit.On(worker, () => Listener.Open(worker, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), $"open on {worker.Name}");
                clients.Add(await NetKit.ConnectClient(listener.LocalEndPoint, $"a client of {worker.Name}"));
                logs.Add(await accepted.WaitFor(0, $"{worker.Name}'s connection"));
                var outbound = new ConnectionLog(worker, $"connecting from {worker.Name}");
                var runs = new CallCounter();
                var timer = await NetKit.On(
                    worker,
                    () =>
                    {
                        outbound.Connection = Connection.Connect(worker, backlog.EndPoint, outbound.OnData, outbound.OnEvent, new ConnectionOptions { ConnectTimeout = TimeSpan.FromHours(1) });
                        var t = worker.CreateTimer(runs.Hit);
                        t.Enable(TimeSpan.FromHours(1));
                        return t;
                    },
                    $"connect and arm a timer on {worker.Name}");
                logs.Add(outbound);
                timers.Add((timer, runs));
            }

            await DocOnlyKit.Within(pool.StopAsync(), "the pool to stop with live connections");
            foreach (var log in logs)
            {
                log.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "a pool stopped with it live");
                Assert.True(!log.Events.Contains(ConnectionEvent.Connected), $"{log.Describe()}.");
            }

            foreach (var (timer, runs) in timers)
            {
                Assert.True(!timer.IsEnabled && runs.Calls == 0, $"A timer armed for an hour: enabled {timer.IsEnabled}, ran {runs.Calls}.");
            }

            for (var i = 0; i < clients.Count; i++)
            {
                var end = await Kit11.EndSeenByClient(clients[i], $"client {i} after the pool stopped");
                Assert.True(backend == DispatcherIoBackend.Portable ? Kit11.IsCloseOrReset(end) : end == SocketError.Success, $"Client {i} saw {end}.");
            }

            Assert.All(pool.Workers, w => Assert.Throws<ObjectDisposedException>(() => w.Post(static () => { })));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            await DocOnlyKit.Within(pool.StopAsync(), "the pool to stop");
        }
    }

    private static async Task AssertValues(WorkerPool pool, Slot<string> slot, string expected, string what)
    {
        foreach (var thread in new[] { pool.Main }.Concat(pool.Workers))
        {
            var value = await NetKit.On(thread, () => slot.TryGet(out var v) ? v : "<none>", $"the value on {thread.Name} {what}");
            Assert.True(value == expected, $"{thread.Name} holds {value} {what}; expected {expected}.");
        }
    }

    private sealed class ThrowingDisposable(string message) : IDisposable
    {
        public void Dispose() => throw new InvalidOperationException(message);
    }
}
