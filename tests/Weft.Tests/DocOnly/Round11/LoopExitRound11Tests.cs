using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// A loop that exits (Exit from another thread, Dispose from inside a callback) while connections, listeners, file
// events, timers, posts and awaits are live: docs/io.md (contract items 8-10, "One close path"), docs/failure-semantics.md
// ("Loops") and the XML docs of Dispatcher.Exit/Dispose/RunOnce.
public sealed class LoopExitRound11Tests
{
    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task An_exit_from_another_thread_closes_every_live_connection_file_event_and_timer_and_nothing_runs_after(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-exit-all-{backend}", backend, handler);
        using var backlog = await Kit11.FullBacklogAsync();
        var (pairClient, pairServer) = await NetKit.SocketPair();
        using var pairClientOwner = pairClient;
        using var pairServerOwner = pairServer;
        var accepted = new AcceptedLogs(loop);
        var listenerOptions = new ListenerOptions { ReusePort = false, Connection = new ConnectionOptions { IdleTimeout = TimeSpan.FromHours(1) } };
        var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, listenerOptions), "open the listener");
        var endPoint = listener.LocalEndPoint;
        using var client0 = await NetKit.ConnectClient(endPoint, "client 0");
        using var client1 = await NetKit.ConnectClient(endPoint, "client 1");
        var server0 = await accepted.WaitFor(0, "client 0");
        var server1 = await accepted.WaitFor(1, "client 1");
        await NetKit.SendAll(client0, new byte[] { 1, 2, 3 }, "client 0's bytes");
        await server0.WaitBytes(3, "client 0's bytes before the exit");

        var outbound = new ConnectionLog(loop, "outbound, connecting into a full accept queue");
        var fileEvents = new FileEventLog(loop) { Body = DrainReads };
        var timerRuns = new CallCounter();
        DispatcherTimer? timer = null;
        await NetKit.On(
            loop,
            () =>
            {
                outbound.Connection = Connection.Connect(loop, backlog.EndPoint, outbound.OnData, outbound.OnEvent, new ConnectionOptions { ConnectTimeout = TimeSpan.FromHours(1) });
                fileEvents.Event = loop.CreateFileEvent(pairServer, fileEvents.Callback, FileReadyType.Read);
                timer = loop.CreateTimer(timerRuns.Hit);
                timer.Enable(TimeSpan.FromHours(1));
            },
            "connect, register a file event and arm a timer");
        await NetKit.Settle(loop, "the connect attempt and the registration");
        var outboundState = await NetKit.On(loop, () => outbound.Connection!.State, "the outbound connection's state");
        Assert.True(outboundState == ConnectionState.Connecting, $"The connect into a full accept queue should still be in progress; it is {outboundState}.");

        loop.Exit();
        await DocOnlyKit.Within(loop.Completion, $"{loop.Name} to exit with connections, a file event and a timer live");
        var fileCallsAtExit = fileEvents.Calls;
        var eventsAtExit = new[] { server0, server1, outbound }.Select(l => l.Events.Count + l.DataCalls).ToArray();

        server0.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "accepted connection 0 at the loop's exit");
        server1.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "accepted connection 1 at the loop's exit");
        outbound.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "a connection still connecting at the loop's exit");
        Assert.True(!outbound.Events.Contains(ConnectionEvent.Connected), $"A connect cut short by the exit reported Connected: {outbound.Describe()}.");
        Assert.True(fileEvents.Event!.IsClosed, "contract item 10: every registered event is closed at loop exit.");
        Assert.True(!timer!.IsEnabled, "failure-semantics: a timer still armed at exit reads IsEnabled false from then on.");

        // The owners in Weft.Net closed their sockets: both clients see the end; the listening socket refuses.
        foreach (var (client, name) in new[] { (client0, "client 0"), (client1, "client 1") })
        {
            var end = await Kit11.EndSeenByClient(client, $"{name} after the loop exited ({backend})");
            Assert.True(backend == DispatcherIoBackend.Portable ? Kit11.IsCloseOrReset(end) : end == SocketError.Success, $"{name} saw {end} after the loop's exit on {backend}.");
        }

        using (var late = NetKit.NewClientSocket())
        {
            var refused = await Assert.ThrowsAsync<SocketException>(() => late.ConnectAsync(endPoint));
            Assert.True(refused.SocketErrorCode == SocketError.ConnectionRefused, $"A connect to the exited loop's listener gave {refused.SocketErrorCode}.");
        }

        // The file event's socket is the owner's: still open and usable after the loop closed the event.
        pairServer.Blocking = true;
        Assert.Equal(1, pairServer.Send(new byte[] { 7 }));
        Assert.Equal(new byte[] { 7 }, await NetKit.ReceiveExactly(pairClient, 1, "a byte through the file event's socket after the exit"));

        Assert.Equal(0, timerRuns.Calls);
        Assert.True(fileEvents.Calls == fileCallsAtExit, $"The file event's callback ran {fileEvents.Calls - fileCallsAtExit} time(s) after the loop completed.");
        Assert.Equal(eventsAtExit, new[] { server0, server1, outbound }.Select(l => l.Events.Count + l.DataCalls).ToArray());
        Assert.Empty(handler.Reports);
        Assert.Throws<ObjectDisposedException>(() => loop.Post(static () => { }));
        Assert.False(loop.TryPost(static () => { }));
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Dispose_called_inside_onData_returns_at_once_and_the_connection_closes_with_LoopExited_after_the_callback(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-dispose-inside-{backend}", backend);
        var accepted = new AcceptedLogs(loop);
        var reply = new byte[] { 10, 20, 30, 40 };
        var disposeReturned = false;
        var stateAfterDispose = ConnectionState.Closed;
        var wroteAfterDispose = false;
        accepted.Configure = log => log.OnDataHook = (connection, _) =>
        {
            // Dispose on the loop thread exits without waiting (it would wait for itself); the callback goes on.
            loop.Dispose();
            disposeReturned = true;
            stateAfterDispose = connection.State;
            wroteAfterDispose = connection.Write(reply);
        };
        var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
        using var client = await NetKit.ConnectClient(listener.LocalEndPoint, "the client");
        await NetKit.SendAll(client, new byte[] { 1 }, "the byte whose onData disposes the loop");
        await DocOnlyKit.Within(loop.Completion, "the loop disposed from inside onData to exit");
        var server = await accepted.WaitFor(0, "the accepted connection");

        Assert.True(disposeReturned, "Dispose called on the loop thread did not return.");
        Assert.True(stateAfterDispose == ConnectionState.Open, $"Right after Dispose, inside the same callback, the connection was {stateAfterDispose}: the loop finishes its current iteration first.");
        Assert.True(wroteAfterDispose, "Write inside the callback that disposed the loop returned false, though the connection was still open.");
        server.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "the connection of a loop disposed from its onData");
        var (data, end) = await NetKit.ReceiveToEnd(client, $"the reply written after Dispose ({backend})");
        if (backend == DispatcherIoBackend.Portable)
        {
            Assert.True(reply.AsSpan().StartsWith(data) && Kit11.IsCloseOrReset(end), $"Portable: got {data.Length} byte(s), then {end}.");
        }
        else
        {
            Assert.True(data.SequenceEqual(reply) && end == SocketError.Success, $"epoll: got [{string.Join(",", data)}], then {end}; expected the reply, then end of stream.");
        }
    }

    [Theory]
    [MemberData(nameof(Kit11.BackendsAndExitPolicies), MemberType = typeof(Kit11))]
    public async Task Posts_of_every_form_racing_an_exit_run_exactly_once_or_are_refused_or_counted_as_discarded(DispatcherIoBackend backend, QueuedWorkAtExit atExit)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var context = $"[seed {seed}, round {round}, {backend}, {atExit}]";
            var loop = Kit11.StartLoop($"r11-post-race-{backend}-{atExit}-{round}", backend, atExit: atExit);

            // A registered socket: on epoll the loop then waits in epoll_wait and producers wake it through the eventfd.
            var (a, b) = await NetKit.SocketPair();
            using var aOwner = a;
            using var bOwner = b;
            await NetKit.On(loop, () => { loop.CreateFileEvent(b, static _ => { }, FileReadyType.Read); }, $"register a socket {context}");

            var counter = new CallCounter();
            var admitted = new long[2];
            var exitAfter = random.Next(0, 5000);
            var producerSeeds = new[] { random.Next(), random.Next() };
            var producers = Enumerable.Range(0, 2).Select(p => Task.Factory.StartNew(
                () =>
                {
                    var forms = new Random(producerSeeds[p]);
                    for (var i = 0; i < 200_000; i++)
                    {
                        if (p == 0 && i == exitAfter)
                        {
                            loop.Exit();
                        }

                        bool taken;
                        try
                        {
                            taken = forms.Next(7) switch
                            {
                                0 => PostAction(loop, counter),
                                1 => loop.TryPost(counter.Hit),
                                2 => PostState(loop, counter),
                                3 => loop.TryPost(static c => c.Hit(), counter),
                                4 => PostWide(loop, counter),
                                5 => PostWorkItem(loop, counter),
                                _ => loop.TryPost(new CountingWorkItem(counter)),
                            };
                        }
                        catch (ObjectDisposedException)
                        {
                            taken = false;
                        }

                        if (!taken)
                        {
                            return;
                        }

                        admitted[p]++;
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();

            await DocOnlyKit.Within(Task.WhenAll(producers), $"both producers to be refused {context}");
            await DocOnlyKit.Within(loop.Completion, $"the loop to exit {context}");
            counter.Mark();
            var total = admitted[0] + admitted[1];
            var stats = loop.Stats;
            if (atExit == QueuedWorkAtExit.Drain)
            {
                Assert.True(counter.Calls == total, $"{context} Drain: {total} posts were admitted and {counter.Calls} ran (DiscardedAtExit {stats.DiscardedAtExit}).");
                Assert.True(stats.DiscardedAtExit == 0, $"{context} Drain discarded {stats.DiscardedAtExit}.");
            }
            else
            {
                Assert.True(
                    counter.Calls + stats.DiscardedAtExit == total,
                    $"{context} Discard: {total} posts were admitted, {counter.Calls} ran and {stats.DiscardedAtExit} were counted as discarded.");
            }

            Assert.True(counter.AfterMark == 0, $"{context} {counter.AfterMark} callback(s) ran after the loop completed.");
        }

        static bool PostAction(Dispatcher loop, CallCounter counter)
        {
            loop.Post(counter.Hit);
            return true;
        }

        static bool PostState(Dispatcher loop, CallCounter counter)
        {
            loop.Post(static c => c.Hit(), counter);
            return true;
        }

        static bool PostWide(Dispatcher loop, CallCounter counter)
        {
            loop.Post(static s => s.Counter.Hit(), new WideState(1, 2, 3, 4, 5, 6, 7, counter));
            return true;
        }

        static bool PostWorkItem(Dispatcher loop, CallCounter counter)
        {
            loop.Post(new CountingWorkItem(counter));
            return true;
        }
    }

    [Theory]
    [MemberData(nameof(Kit11.BackendsAndExitPolicies), MemberType = typeof(Kit11))]
    public async Task InvokeAsync_racing_an_exit_always_completes_with_its_result_or_ObjectDisposedException(DispatcherIoBackend backend, QueuedWorkAtExit atExit)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        for (var round = 0; round < 6; round++)
        {
            var context = $"[seed {seed}, round {round}, {backend}, {atExit}]";
            var loop = Kit11.StartLoop($"r11-invoke-race-{backend}-{atExit}-{round}", backend, atExit: atExit);
            var ran = new CallCounter();
            var exitAfter = random.Next(0, 2000);
            var calls = new List<(Task<int> Task, int Value, bool BeforeExitOnSameThread)>[] { [], [] };
            var producers = Enumerable.Range(0, 2).Select(p => Task.Factory.StartNew(
                () =>
                {
                    for (var i = 0; i < 3000; i++)
                    {
                        if (p == 0 && i == exitAfter)
                        {
                            loop.Exit();
                        }

                        var value = (p * 100_000) + i;
                        var task = loop.InvokeAsync(() =>
                        {
                            ran.Hit();
                            return value;
                        });
                        calls[p].Add((task, value, p == 0 && i < exitAfter));
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();

            await DocOnlyKit.Within(Task.WhenAll(producers), $"the producers {context}");
            var all = calls[0].Concat(calls[1]).ToList();
            await DocOnlyKit.Within(
                Task.WhenAll(all.Select(c => c.Task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default))),
                $"every InvokeAsync task to complete {context}");
            await DocOnlyKit.Within(loop.Completion, $"the loop to exit {context}");

            var completed = 0;
            foreach (var (task, value, beforeExit) in all)
            {
                if (task.Status == TaskStatus.RanToCompletion)
                {
                    completed++;
                    var result = await task;
                    Assert.True(result == value, $"{context} a call for {value} completed with {result}.");
                    continue;
                }

                Assert.True(
                    task.Status == TaskStatus.Faulted && task.Exception!.InnerException is ObjectDisposedException,
                    $"{context} a call ended {task.Status} with {task.Exception?.InnerException?.GetType().Name}; expected its result or ObjectDisposedException.");
                Assert.True(
                    atExit == QueuedWorkAtExit.Discard || !beforeExit,
                    $"{context} Drain: a call made before Exit on the exiting thread was not run ({value}).");
            }

            Assert.True(completed == ran.Calls, $"{context} {completed} tasks completed with a result but {ran.Calls} functions ran.");
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Await_continuations_that_reach_an_exited_loop_are_dropped_counted_and_logged_once(DispatcherIoBackend backend)
    {
        var logs = new RecordingLoggerFactory();
        var loop = Kit11.StartLoop($"r11-await-after-exit-{backend}", backend, logger: logs.CreateLogger("r11"));
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource()).ToArray();
        var resumed = new CallCounter();
        var resumedOn = new ConcurrentQueue<string?>();
        await NetKit.On(
            loop,
            () =>
            {
                foreach (var gate in gates)
                {
                    _ = ResumeAfter(gate.Task, resumed, resumedOn);
                }
            },
            "start three awaits on the loop");
        await NetKit.ExitAsync(loop);
        Assert.Equal(0, loop.Stats.ContinuationsAfterExit);

        // The completing thread is the test's: the drop must not throw here, nor run the continuation here.
        gates[0].SetResult();
        Assert.Equal(1, loop.Stats.ContinuationsAfterExit);
        gates[1].SetException(new InvalidOperationException("awaited work failed after the loop exited"));
        Assert.Equal(2, loop.Stats.ContinuationsAfterExit);
        gates[2].SetCanceled();
        Assert.Equal(3, loop.Stats.ContinuationsAfterExit);

        Assert.True(resumed.Calls == 0, $"{resumed.Calls} continuation(s) ran after the loop exited, on: {string.Join(", ", resumedOn)}.");
        var warnings = logs.At(LogLevel.Warning);
        Assert.True(warnings.Count == 1, $"Expected the first dropped continuation logged once at Warning; got {warnings.Count}: {string.Join(" | ", warnings.Select(w => w.Message))}.");
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_callback_drained_at_exit_is_refused_posts_and_registrations_and_the_timer_it_arms_never_fires(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-drained-{backend}", backend, atExit: QueuedWorkAtExit.Drain);
        var (a, b) = await NetKit.SocketPair();
        using var aOwner = a;
        using var bOwner = b;
        var timerRuns = new CallCounter();
        var late = new CallCounter();
        var timer = await NetKit.On(loop, () => loop.CreateTimer(timerRuns.Hit), "create a timer");
        using var gate = new LoopGate();
        await gate.HoldAsync(loop);

        var drained = new TaskCompletionSource<(bool Exiting, bool PostRefused, bool TryPostTaken, Task Invoke, bool RegistrationRefused)>(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Post(() =>
        {
            var postRefused = false;
            try
            {
                loop.Post(late.Hit);
            }
            catch (ObjectDisposedException)
            {
                postRefused = true;
            }

            var tryPostTaken = loop.TryPost(late.Hit);
            var invoke = loop.InvokeAsync(late.Hit);
            timer.Enable(TimeSpan.Zero);
            var registrationRefused = false;
            try
            {
                loop.CreateFileEvent(b, _ => late.Hit(), FileReadyType.Read);
            }
            catch (ObjectDisposedException)
            {
                registrationRefused = true;
            }

            drained.TrySetResult((loop.IsExitRequested, postRefused, tryPostTaken, invoke, registrationRefused));
        });
        loop.Exit();
        gate.Release();
        var seen = await DocOnlyKit.Within(drained.Task, "the callback queued before the exit to be drained");
        await DocOnlyKit.Within(loop.Completion, "the loop to exit");

        Assert.True(seen.Exiting, "IsExitRequested was false inside a callback drained at exit.");
        Assert.True(seen.PostRefused, "Post from a callback drained at exit did not throw ObjectDisposedException.");
        Assert.False(seen.TryPostTaken, "TryPost from a callback drained at exit returned true.");
        await DocOnlyKit.FaultOf<ObjectDisposedException>(seen.Invoke, "InvokeAsync from a callback drained at exit");
        Assert.True(seen.RegistrationRefused, "contract item 6: registering on an exiting loop throws ObjectDisposedException.");
        Assert.Equal(0, timerRuns.Calls);
        Assert.False(timer.IsEnabled, "A timer armed by a drained callback reads IsEnabled true after the exit.");
        Assert.Equal(0, late.Calls);
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task An_Activate_pending_when_the_loop_exits_is_dropped_and_the_event_is_closed(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-activate-exit-{backend}", backend);
        var (client, server) = await NetKit.SocketPair();
        using var clientOwner = client;
        using var serverOwner = server;
        var log = new FileEventLog(loop) { Body = DrainReads };
        await NetKit.On(loop, () => { log.Event = loop.CreateFileEvent(server, log.Callback, FileReadyType.Read); }, "register");
        await NetKit.Settle(loop, "any spurious first report");
        var callsBefore = log.Calls;

        await NetKit.On(
            loop,
            () =>
            {
                log.Event!.Activate(FileReadyType.Read);
                loop.Exit();
            },
            "Activate, then Exit, in one callback");
        await DocOnlyKit.Within(loop.Completion, "the loop to exit");

        Assert.True(log.Calls == callsBefore, $"contract item 10: a delivery pending at exit is dropped; the callback ran {log.Calls - callsBefore} time(s).");
        Assert.True(log.Event!.IsClosed, "The event is not closed after the loop's exit.");
        Assert.Equal(0, log.OffLoop);
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Closed_handlers_that_throw_at_exit_are_reported_and_every_other_connection_still_closes(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-throw-at-exit-{backend}", backend, handler);
        var accepted = new AcceptedLogs(loop);
        var thrown = new ConcurrentQueue<Exception>();
        accepted.Configure = log =>
        {
            if (log.Name is "accepted #0" or "accepted #2")
            {
                log.OnEventHook = (_, e) =>
                {
                    if (e == ConnectionEvent.Closed)
                    {
                        var ex = new InvalidOperationException($"Closed handler of {log.Name} throws");
                        thrown.Enqueue(ex);
                        throw ex;
                    }
                };
            }
        };
        var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
        var clients = new List<Socket>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                clients.Add(await NetKit.ConnectClient(listener.LocalEndPoint, $"client {i}"));
                await accepted.WaitFor(i, $"client {i}");
            }

            await NetKit.Settle(loop, "the last accept callback finished");
            loop.Exit();
            await DocOnlyKit.Within(loop.Completion, "the loop whose Closed handlers throw to exit");
            foreach (var log in accepted.Logs)
            {
                log.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "exit with throwing Closed handlers");
            }

            for (var i = 0; i < clients.Count; i++)
            {
                var end = await Kit11.EndSeenByClient(clients[i], $"client {i} after the exit");
                Assert.True(Kit11.IsCloseOrReset(end), $"Client {i} saw {end}.");
            }

            await handler.WaitForAsync(2, "contract item 7: both throwing Closed handlers reported to the loop's handler");
            Assert.Equal(thrown.OrderBy(e => e.Message), handler.Reports.Select(r => r.Exception).OrderBy(e => e.Message));
            Assert.All(handler.Reports, r => Assert.Same(loop, r.Dispatcher));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task An_exit_racing_a_burst_of_connects_leaves_no_client_hanging_and_closes_every_accepted_connection_once(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        const int clientCount = 200;
        var exitAfterAccepts = random.Next(1, clientCount);
        var context = $"[seed {seed}, exit after {exitAfterAccepts} accepts, {backend}]";
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-accept-burst-exit-{backend}", backend, handler);
        var accepted = new AcceptedLogs(loop);
        accepted.Configure = log =>
        {
            log.OnDataHook = (c, _) => { };
            log.OnEventHook = (c, e) =>
            {
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.ShutdownWrite();
                }
            };
        };
        accepted.AfterStart = _ =>
        {
            if (accepted.Count == exitAfterAccepts)
            {
                loop.Exit();
            }
        };
        var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), $"open {context}");
        var endPoint = listener.LocalEndPoint;
        var outcomes = new ConcurrentBag<string>();
        var clients = Enumerable.Range(0, clientCount).Select(i => Task.Run(async () =>
        {
            using var socket = NetKit.NewClientSocket();
            using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
            try
            {
                await socket.ConnectAsync(endPoint, cancel.Token);
                await socket.SendAsync(new byte[] { (byte)i }, SocketFlags.None, cancel.Token);
                socket.Shutdown(SocketShutdown.Send);
                var buffer = new byte[16];
                while (await socket.ReceiveAsync(buffer, SocketFlags.None, cancel.Token) > 0)
                {
                }

                outcomes.Add("end of stream");
            }
            catch (SocketException ex)
            {
                outcomes.Add(ex.SocketErrorCode.ToString());
            }
            catch (OperationCanceledException)
            {
                outcomes.Add("HUNG");
            }
        })).ToArray();

        await DocOnlyKit.Within(Task.WhenAll(clients), $"every client to finish {context}");
        await DocOnlyKit.Within(loop.Completion, $"the loop to exit {context}");
        var summary = string.Join(", ", outcomes.GroupBy(o => o).Select(g => $"{g.Key} ×{g.Count()}"));
        Assert.True(!outcomes.Contains("HUNG"), $"{context} clients hung: {summary}.");
        Assert.True(accepted.Count >= exitAfterAccepts, $"{context} only {accepted.Count} accepted.");
        Assert.True(listener.Accepted == accepted.Count, $"{context} the listener counted {listener.Accepted} accepts; onAccepted ran {accepted.Count} times.");
        foreach (var log in accepted.Logs)
        {
            log.AssertWellFormed();
            Assert.True(log.IsClosed, $"{context} {log.Describe()} was not closed by the exit ({summary}).");
            Assert.True(
                log.ClosedWith is ConnectionCloseReason.LoopExited or ConnectionCloseReason.LocalClose or ConnectionCloseReason.RemoteReset or ConnectionCloseReason.LocalReset,
                $"{context} {log.Describe()}.");
        }

        // Accepts go on until the exiting iteration ends; Start on the exiting loop is then refused, which makes
        // onAccepted throw: such a connection is reset and the exception reaches the loop's handler (docs/io.md,
        // Listener). The docs do not say what Start does on an exiting loop: printed, only the accounting asserted.
        var resetAtAccept = accepted.Logs.Count(l => l.ClosedWith == ConnectionCloseReason.LocalReset);
        Console.WriteLine($"{context} reset at accept: {resetAtAccept}; reports: {string.Join(" | ", handler.Reports.Select(r => $"{r.Exception.GetType().Name}: {r.Exception.Message}").Distinct())}");
        Assert.True(
            handler.Reports.Count == resetAtAccept && handler.Reports.All(r => r.Dispatcher == loop && r.RanOn == loop),
            $"{context} {resetAtAccept} connection(s) reset at accept, {handler.Reports.Count} exception(s) reported.");
    }

    private static void DrainReads(FileEvent fileEvent, FileReadyType ready)
    {
        if ((ready & FileReadyType.Read) == 0)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[512];
        while (fileEvent.Receive(buffer, out _) > 0)
        {
        }
    }

    private static async Task ResumeAfter(Task awaited, CallCounter resumed, ConcurrentQueue<string?> resumedOn)
    {
        try
        {
            await awaited;
        }
        catch (Exception)
        {
            // A faulted or cancelled await resumes here too, and that resumption is what must not happen.
        }

        resumedOn.Enqueue(Thread.CurrentThread.Name);
        resumed.Hit();
    }
}
