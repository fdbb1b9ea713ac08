using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Xunit.Abstractions;

using Weft.Tests.DocOnly.Round8;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round10;

// File events on both backends, from the contract in docs/io.md and FileEvent's XML docs: registration and interest
// changes from another thread, a loop that is exiting or has exited, the trigger mode, re-enabling, a throwing
// callback, disposing with readiness pending, a socket closed while registered, and the loop's exit.
public sealed class FileEventRound10Tests(ITestOutputHelper output)
{
    private bool _thrownOnce;

    public static TheoryData<DispatcherIoBackend> Backends => NetKit.Backends;

    /// <summary>What one drain (receive until would-block or end) found.</summary>
    private readonly record struct Drained(int Bytes, bool EndOfStream, SocketError Error);

    private static Drained Drain(FileEvent fileEvent, List<byte> into)
    {
        var buffer = new byte[4096];
        var total = 0;
        while (true)
        {
            var n = fileEvent.Receive(buffer, out var error);
            if (error == SocketError.WouldBlock)
            {
                return new Drained(total, false, error);
            }

            if (error != SocketError.Success)
            {
                return new Drained(total, false, error);
            }

            if (n == 0)
            {
                return new Drained(total, true, error);
            }

            into.AddRange(buffer.AsSpan(0, n).ToArray());
            total += n;
        }
    }

    private static async Task<(FileEventLog Log, FileEvent Event)> Register(Dispatcher loop, Socket socket, FileReadyType enabled, Action<FileEvent, FileReadyType>? body = null)
    {
        var log = new FileEventLog(loop) { Body = body };
        var fileEvent = await NetKit.On(
            loop,
            () =>
            {
                var e = loop.CreateFileEvent(socket, log.Callback, enabled);
                log.Event = e;
                return e;
            },
            "registering the socket");
        return (log, fileEvent);
    }

    private static async Task<Exception?> OnLoopCatching(Dispatcher loop, Action action, string what) =>
        await NetKit.On(
            loop,
            () =>
            {
                try
                {
                    action();
                    return null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            },
            what);

    // docs/io.md 6: "Registration, interest changes, Activate and Dispose run on the owning loop. From another thread
    // they throw InvalidOperationException naming the action and the dispatcher."
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Registration_and_interest_changes_from_another_thread_are_refused_naming_the_dispatcher(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-fe-offloop-{backend}", backend);
        var (client, server) = await NetKit.SocketPair();
        using var clientSocket = client;
        using var serverSocket = server;
        using var spare = await NetKit.SocketPair().ContinueWith(t => t.Result.Server, TaskScheduler.Default);
        try
        {
            var (log, fileEvent) = await Register(loop, serverSocket, FileReadyType.Read);
            var refusals = new (string Action, Action Call)[]
            {
#pragma warning disable WEFT0005 // deliberately called off the loop: the refusal is what is tested
                ("CreateFileEvent", () => loop.CreateFileEvent(spare, _ => { }, FileReadyType.Read)),
                ("SetEnabled", () => fileEvent.SetEnabled(FileReadyType.Write)),
                ("Activate", () => fileEvent.Activate(FileReadyType.Read)),
                ("NotifyWouldBlock", () => fileEvent.NotifyWouldBlock(FileReadyType.Read)),
#pragma warning restore WEFT0005
                ("Dispose", fileEvent.Dispose),
            };
            foreach (var (action, call) in refusals)
            {
                var thrown = await Round8Kit.ThrownOnPool(call);
                var refused = Assert.IsType<InvalidOperationException>(thrown);
                Assert.True(refused.Message.Contains(loop.Name, StringComparison.Ordinal), $"{action} off the loop: the message does not name the dispatcher \"{loop.Name}\": {refused.Message}");
                output.WriteLine($"{backend} {action}: {refused.Message}");
            }

            Assert.False(await NetKit.On(loop, () => fileEvent.IsClosed, "IsClosed"), "an off-loop Dispose closed the event although it was refused");
            await NetKit.SendAll(clientSocket, "x"u8.ToArray(), "a byte after the refusals");
            await log.WaitCalls(1, "the event still delivering after the refusals");
            Assert.Equal(0, log.OffLoop);
            Assert.All(log.Kinds, k => Assert.Equal(FileReadyType.Read, k & ~FileReadyType.Write));
            await NetKit.On(loop, fileEvent.Dispose, "disposing on the loop");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // docs/io.md 6: "Registering on a loop that is exiting or has exited throws ObjectDisposedException."
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Registering_on_an_exiting_or_exited_loop_throws_ObjectDisposedException(DispatcherIoBackend backend)
    {
        var (client, server) = await NetKit.SocketPair();
        using var clientSocket = client;
        using var serverSocket = server;

        // Exiting: a callback admitted before Exit runs while the loop drains, and registers from there.
        var loop = NetKit.StartLoop($"r10-fe-exiting-{backend}", backend);
        using (var gate = new LoopGate())
        {
            await gate.HoldAsync(loop);
            Exception? whileExiting = null;
            var ran = false;
            loop.Post(() =>
            {
                ran = true;
                try
                {
                    loop.CreateFileEvent(serverSocket, _ => { }, FileReadyType.Read);
                }
                catch (Exception ex)
                {
                    whileExiting = ex;
                }
            });
            loop.Exit();
            gate.Release();
            await DocOnlyKit.Within(loop.Completion, "the exiting loop to finish");
            Assert.True(ran, "the callback admitted before Exit did not run (QueuedWorkAtExit.Drain is the default)");
            Assert.IsType<ObjectDisposedException>(whileExiting);
        }

        // Exited: a loop driven by this thread (its loop thread), registered on after it exited.
        Exception? afterExit = null;
        Round8Kit.Bounded(
            () =>
            {
                var driven = new Dispatcher($"r10-fe-exited-{backend}", new DispatcherOptions { IoBackend = backend });
                driven.RunOnce();
                Round8Kit.Finish(driven);
                Assert.True(driven.HasExited, "the driven loop did not exit");
                try
                {
#pragma warning disable WEFT0005 // this thread is the driven loop's own thread (it ran RunOnce and the exit)
                    driven.CreateFileEvent(serverSocket, _ => { }, FileReadyType.Read);
#pragma warning restore WEFT0005
                }
                catch (Exception ex)
                {
                    afterExit = ex;
                }
            },
            "registering on an exited loop");
        Assert.IsType<ObjectDisposedException>(afterExit);
    }

    // docs/io.md 7: "A throwing callback is caught: the loop goes on, the exception goes to
    // DispatcherOptions.UnhandledExceptionHandler ... and is counted in DispatcherStats.FileEventFailures and
    // UnhandledExceptions. The event stays registered."
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_throwing_callback_is_reported_counted_and_the_event_stays_registered(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = NetKit.StartLoop($"r10-fe-throw-{backend}", backend, handler);
        var (client, server) = await NetKit.SocketPair();
        using var clientSocket = client;
        using var serverSocket = server;
        try
        {
            var thrown = new InvalidOperationException("r10: file-event callback throws");
            var received = new List<byte>();
            var (log, fileEvent) = await Register(loop, serverSocket, FileReadyType.Read, (e, _) =>
            {
                if (received.Count == 0 && !_thrownOnce)
                {
                    _thrownOnce = true;
                    throw thrown;
                }

                Drain(e, received);
            });
            var before = loop.Stats;
            await NetKit.SendAll(clientSocket, "abc"u8.ToArray(), "three bytes");
            await handler.WaitForAsync(1, "the callback's exception");
            Assert.Same(thrown, handler.Reports.First().Exception);
            Assert.Same(loop, handler.Reports.First().RanOn);
            // Read on the loop: the handler runs inside the event's callback, before the loop counts that event as run.
            var after = await NetKit.On(loop, () => loop.Stats, "the loop's statistics after the throw");
            Assert.Equal(1, after.FileEventFailures - before.FileEventFailures);
            Assert.Equal(1, after.UnhandledExceptions - before.UnhandledExceptions);
            Assert.True(after.FileEventsRun - before.FileEventsRun >= 1, "the throwing callback was not counted in FileEventsRun");
            Assert.False(await NetKit.On(loop, () => fileEvent.IsClosed, "IsClosed after the throw"), "the event was closed by its callback's throw");

            await NetKit.On(loop, () => fileEvent.Activate(FileReadyType.Read), "activating the event again");
            await log.WaitUntil(() => received.Count == 3, "the bytes read by the callback after the throw");
            Assert.Equal("abc", Encoding.ASCII.GetString(received.ToArray()));
            await NetKit.On(loop, fileEvent.Dispose, "disposing");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // docs/io.md 8: "Dispose deregisters at once: no callback runs after Dispose returns, even for readiness already
    // collected in the same iteration (an earlier callback of the batch may dispose a later one)."
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_callback_that_disposes_another_ready_event_stops_its_callback(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-fe-batch-{backend}", backend);
        var pairA = await NetKit.SocketPair();
        var pairB = await NetKit.SocketPair();
        using var gate = new LoopGate();
        try
        {
            FileEvent? a = null;
            FileEvent? b = null;
            var logA = new FileEventLog(loop) { Body = (_, _) => b!.Dispose() };
            var logB = new FileEventLog(loop) { Body = (_, _) => a!.Dispose() };
            await NetKit.On(
                loop,
                () =>
                {
                    a = loop.CreateFileEvent(pairA.Server, logA.Callback, FileReadyType.Read);
                    b = loop.CreateFileEvent(pairB.Server, logB.Callback, FileReadyType.Read);
                    logA.Event = a;
                    logB.Event = b;
                },
                "registering two events that dispose each other");
            await gate.HoldAsync(loop);
            await NetKit.SendAll(pairA.Client, "a"u8.ToArray(), "a byte for A");
            await NetKit.SendAll(pairB.Client, "b"u8.ToArray(), "a byte for B");
            Round8Kit.Eventually(() => pairA.Server.Available == 1 && pairB.Server.Available == 1, "both bytes arrived while the loop is held");
            gate.Release();
            await Task.WhenAny(logA.WaitCalls(1, "A"), logB.WaitCalls(1, "B"));
            await NetKit.Settle(loop, "after the first callback");
            await NetKit.Settle(loop, "again");
            Assert.True(logA.Calls + logB.Calls == 1, $"A ran {logA.Calls}, B ran {logB.Calls} times: the one that ran first disposed the other");

            // Activate then Dispose in the same callback: the activated callback never runs.
            var pairC = await NetKit.SocketPair();
            var logC = new FileEventLog(loop);
            await NetKit.On(
                loop,
                () =>
                {
                    var c = loop.CreateFileEvent(pairC.Server, logC.Callback, FileReadyType.Read);
                    c.Activate(FileReadyType.Read);
                    c.Dispose();
                },
                "activate then dispose");
            await NetKit.Settle(loop, "after activate then dispose");
            Assert.Equal(0, logC.Calls);
            pairC.Client.Dispose();
            pairC.Server.Dispose();
        }
        finally
        {
            gate.Release();
            await NetKit.ExitAsync(loop);
            pairA.Client.Dispose();
            pairA.Server.Dispose();
            pairB.Client.Dispose();
            pairB.Server.Dispose();
        }
    }

    // docs/io.md 9: "A socket closed while registered ... is noticed before the next delivery: the event is closed
    // without a callback and not deregistered by fd (... the number may already belong to a new socket, whose
    // registration is unaffected)."
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_socket_closed_while_registered_gets_no_callback_and_a_new_socket_is_unaffected(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-fe-closedsock-{backend}", backend);
        var (clientA, serverA) = await NetKit.SocketPair();
        using var clientASocket = clientA;
        try
        {
            var (logA, eventA) = await Register(loop, serverA, FileReadyType.Read);
            var activateError = await OnLoopCatching(
                loop,
                () =>
                {
                    serverA.Dispose();
                    eventA.Activate(FileReadyType.Read);
                },
                "closing A's socket under its event, then activating it");
            output.WriteLine($"{backend}: Activate after the socket closed threw {activateError?.GetType().Name ?? "nothing"}");

            // A new socket, likely on the number A's socket had, registered on the same loop.
            var (clientB, serverB) = await NetKit.SocketPair();
            using var clientBSocket = clientB;
            using var serverBSocket = serverB;
            var receivedB = new List<byte>();
            var (logB, eventB) = await Register(loop, serverB, FileReadyType.Read, (e, _) => Drain(e, receivedB));
            await NetKit.SendAll(clientB, "new"u8.ToArray(), "bytes for the new socket");
            await logB.WaitUntil(() => receivedB.Count == 3, "the new socket's bytes through its own event");
            await NetKit.Settle(loop, "after the new socket's delivery");
            Assert.Equal(0, logA.Calls);
            Assert.True(await NetKit.On(loop, () => eventA.IsClosed, "A's IsClosed"), "the event of the closed socket is not closed");
            Assert.False(await NetKit.On(loop, () => eventB.IsClosed, "B's IsClosed"), "the new socket's event was closed");
            Assert.Equal(0, logB.OffLoop);
            await NetKit.On(loop, eventB.Dispose, "disposing B");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // docs/io.md 10: "At loop exit ... events pending delivery are dropped and every registered event is closed";
    // FileEvent.Dispose is allowed from any thread once the loop has exited ("Called off the loop thread while the loop
    // runs" is the only refusal).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_loop_exit_closes_every_event_and_drops_pending_readiness(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-fe-exit-{backend}", backend);
        var pairA = await NetKit.SocketPair();
        var pairB = await NetKit.SocketPair();
        using var gate = new LoopGate();
        try
        {
            var (logA, eventA) = await Register(loop, pairA.Server, FileReadyType.Read);
            var (logB, eventB) = await Register(loop, pairB.Server, FileReadyType.Read | FileReadyType.Write);
            await NetKit.Settle(loop, "after registering");
            var callsBefore = logB.Calls;
            await gate.HoldAsync(loop);
            await NetKit.SendAll(pairA.Client, "pending"u8.ToArray(), "bytes pending at exit");
            Round8Kit.Eventually(() => pairA.Server.Available == 7, "the pending bytes arrived while the loop is held");
            loop.Exit();
            gate.Release();
            await DocOnlyKit.Within(loop.Completion, "the loop to exit");
            Assert.True(eventA.IsClosed, "A is not closed after the loop exited");
            Assert.True(eventB.IsClosed, "B is not closed after the loop exited");
            output.WriteLine($"{backend}: A's callback ran {logA.Calls} time(s) with its readiness pending at exit");
            if (backend == DispatcherIoBackend.Automatic)
            {
                Assert.Equal(0, logA.Calls);
            }

            Assert.Equal(callsBefore, logB.Calls);
            eventA.Dispose();
            eventB.Dispose();
            Assert.True(pairA.Server.Connected, "the loop's exit closed a socket it does not own");
        }
        finally
        {
            gate.Release();
            await NetKit.ExitAsync(loop);
            pairA.Client.Dispose();
            pairA.Server.Dispose();
            pairB.Client.Dispose();
            pairB.Server.Dispose();
        }
    }

    // docs/io.md 4 and 3: "Only enabled kinds are delivered"; "SetEnabled(kinds) is EPOLL_CTL_MOD: every enabled kind
    // that is ready now is reported again. A reader that paused ... resumes with SetEnabled(Read) and finds its
    // buffered data."
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Only_enabled_kinds_are_delivered_and_re_enabling_read_finds_the_buffered_bytes(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-fe-enabled-{backend}", backend);
        var (client, server) = await NetKit.SocketPair();
        using var clientSocket = client;
        using var serverSocket = server;
        try
        {
            var received = new List<byte>();
            var (log, fileEvent) = await Register(loop, serverSocket, FileReadyType.None, (e, kinds) =>
            {
                if ((kinds & FileReadyType.Read) != 0)
                {
                    Drain(e, received);
                }
            });
            await NetKit.SendAll(clientSocket, "buffered"u8.ToArray(), "bytes while no kind is enabled");
            Round8Kit.Eventually(() => serverSocket.Available == 8, "the bytes in the server socket");
            await NetKit.Settle(loop, "with nothing enabled");
            Assert.Equal(0, log.Calls);

            await NetKit.On(loop, () => fileEvent.SetEnabled(FileReadyType.Write), "enabling write only");
            await log.WaitCalls(1, "write readiness");
            await NetKit.Settle(loop, "with write enabled");
            Assert.All(log.Kinds, k => Assert.True((k & FileReadyType.Read) == 0, $"a Read was delivered while only Write is enabled ({k})"));
            Assert.Empty(received);

            await NetKit.On(loop, () => fileEvent.SetEnabled(FileReadyType.Read), "enabling read");
            await log.WaitUntil(() => received.Count == 8, "the buffered bytes after re-enabling read");
            Assert.Equal("buffered", Encoding.ASCII.GetString(received.ToArray()));
            Assert.Equal(0, log.OffLoop);
            await NetKit.On(loop, fileEvent.Dispose, "disposing");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // docs/io.md 1: edge-triggered; "Data left unread is not reported again", with the epoll exception: "edge-triggered
    // epoll queues a socket again on every arrival (data, FIN, reset)".
    [Fact]
    public async Task Epoll_does_not_report_unread_bytes_again_but_reports_the_next_arrival()
    {
        var loop = NetKit.StartLoop("r10-fe-edge", DispatcherIoBackend.Automatic);
        var (client, server) = await NetKit.SocketPair();
        using var clientSocket = client;
        using var serverSocket = server;
        try
        {
            var received = new List<byte>();
            var one = new byte[1];
            var (log, fileEvent) = await Register(loop, serverSocket, FileReadyType.Read, (e, _) =>
            {
                if (received.Count == 0)
                {
                    // Reads one byte of ten and stops before would-block: under edge triggering nothing re-reports the rest.
                    var n = e.Receive(one, out var ignoredError);
                    received.AddRange(one.AsSpan(0, n).ToArray());
                }
                else
                {
                    Drain(e, received);
                }
            });
            await NetKit.SendAll(clientSocket, "0123456789"u8.ToArray(), "ten bytes");
            await log.WaitCalls(1, "the first read event");
            for (var i = 0; i < 3; i++)
            {
                await NetKit.Settle(loop, $"iteration pair {i} with nine bytes unread");
            }

            Assert.Equal(1, log.Calls);
            await NetKit.SendAll(clientSocket, "A"u8.ToArray(), "one more byte");
            await log.WaitUntil(() => received.Count == 11, "the rest after the next arrival");
            Assert.Equal("0123456789A", Encoding.ASCII.GetString(received.ToArray()));
            Assert.Equal(2, log.Calls);
            await NetKit.On(loop, fileEvent.Dispose, "disposing");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // FileEvent.Receive: "0 with SocketError.Success: end of stream"; docs/io.md 4: hang-ups and errors are delivered
    // as the enabled kinds and "the next receive or send returns the error or end of stream" (a reset after the data).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task End_of_stream_and_a_reset_are_delivered_as_read_and_returned_by_the_next_receive(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-fe-eof-{backend}", backend);
        var (client, server) = await NetKit.SocketPair();
        var (resetClient, resetServer) = await NetKit.SocketPair();
        using var serverSocket = server;
        using var resetServerSocket = resetServer;
        try
        {
            var received = new List<byte>();
            var outcomes = new List<Drained>();
            var (log, fileEvent) = await Register(loop, serverSocket, FileReadyType.Read, (e, _) => outcomes.Add(Drain(e, received)));
            await NetKit.SendAll(client, "bye"u8.ToArray(), "bytes before the end");
            client.Shutdown(SocketShutdown.Send);
            await log.WaitUntil(() => outcomes.Any(o => o.EndOfStream), "end of stream through Receive");
            Assert.Equal("bye", Encoding.ASCII.GetString(received.ToArray()));
            client.Dispose();

            var resetReceived = new List<byte>();
            var resetOutcomes = new List<Drained>();
            var (resetLog, resetEvent) = await Register(loop, resetServerSocket, FileReadyType.Read, (e, _) => resetOutcomes.Add(Drain(e, resetReceived)));
            await NetKit.SendAll(resetClient, "x"u8.ToArray(), "a byte before the reset");
            await resetLog.WaitUntil(() => resetReceived.Count == 1, "the byte before the reset");
            NetKit.ResetClose(resetClient);
            await resetLog.WaitUntil(() => resetOutcomes.Any(o => o.Error == SocketError.ConnectionReset), "ConnectionReset through Receive after the peer's reset");
            Assert.Equal(0, log.OffLoop + resetLog.OffLoop);
            await NetKit.On(
                loop,
                () =>
                {
                    fileEvent.Dispose();
                    resetEvent.Dispose();
                },
                "disposing");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // docs/io.md 7: a throwing callback is caught and "the loop goes on": another event ready at the same time is
    // still delivered, whichever of the two runs first.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_throwing_callback_does_not_keep_another_ready_event_from_its_callback(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = NetKit.StartLoop($"r10-fe-throwbatch-{backend}", backend, handler);
        var pairA = await NetKit.SocketPair();
        var pairB = await NetKit.SocketPair();
        using var gate = new LoopGate();
        try
        {
            var receivedB = new List<byte>();
            var (logA, eventA) = await Register(loop, pairA.Server, FileReadyType.Read, (_, _) => throw new InvalidOperationException("r10: A throws"));
            var (logB, eventB) = await Register(loop, pairB.Server, FileReadyType.Read, (e, _) => Drain(e, receivedB));
            await gate.HoldAsync(loop);
            await NetKit.SendAll(pairA.Client, "a"u8.ToArray(), "a byte for A");
            await NetKit.SendAll(pairB.Client, "b"u8.ToArray(), "a byte for B");
            Round8Kit.Eventually(() => pairA.Server.Available == 1 && pairB.Server.Available == 1, "both bytes arrived while the loop is held");
            gate.Release();
            await handler.WaitForAsync(1, "A's exception");
            await logB.WaitUntil(() => receivedB.Count == 1, "B's byte despite A's throw");
            Assert.Equal(1, logA.Calls);
            await NetKit.On(
                loop,
                () =>
                {
                    eventA.Dispose();
                    eventB.Dispose();
                },
                "disposing");
        }
        finally
        {
            gate.Release();
            await NetKit.ExitAsync(loop);
            pairA.Client.Dispose();
            pairA.Server.Dispose();
            pairB.Client.Dispose();
            pairB.Server.Dispose();
        }
    }
}
