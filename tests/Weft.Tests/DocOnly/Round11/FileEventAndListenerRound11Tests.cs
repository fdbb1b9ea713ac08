using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Sockets;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// File events and listeners at their lifecycle edges: Activate after the owner closed the socket (contract item 9),
// Dispose from inside the event's own callback (item 8), BackOff called twice in one onAccepted (Listener.BackOff's XML
// docs: counted as a failed accept each time, the callback runs, a pause already running is not extended) and a
// listener disposed inside its own onAccepted with clients still queued.
public sealed class FileEventAndListenerRound11Tests
{
    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Activate_after_the_owner_closed_the_socket_and_a_close_after_Activate_run_no_callback(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-activate-closed-{backend}", backend);
        try
        {
            var (clientA, serverA) = await NetKit.SocketPair();
            var (clientB, serverB) = await NetKit.SocketPair();
            using var clientAOwner = clientA;
            using var clientBOwner = clientB;
            var closedThenActivated = new FileEventLog(loop);
            var activatedThenClosed = new FileEventLog(loop);
            await NetKit.On(
                loop,
                () =>
                {
                    closedThenActivated.Event = loop.CreateFileEvent(serverA, closedThenActivated.Callback, FileReadyType.Read);
                    activatedThenClosed.Event = loop.CreateFileEvent(serverB, activatedThenClosed.Callback, FileReadyType.Read);
                },
                "register two events");
            await NetKit.Settle(loop, "any spurious first report");
            var before = (closedThenActivated.Calls, activatedThenClosed.Calls);

            await NetKit.On(
                loop,
                () =>
                {
                    serverA.Dispose();
                    closedThenActivated.Event!.Activate(FileReadyType.Read);
                    activatedThenClosed.Event!.Activate(FileReadyType.Read);
                    serverB.Dispose();
                },
                "close-then-Activate and Activate-then-close");
            await NetKit.Settle(loop, "the next deliveries");

            Assert.True(closedThenActivated.Calls == before.Item1, $"Activate after the owner closed the socket ran the callback {closedThenActivated.Calls - before.Item1} time(s).");
            Assert.True(activatedThenClosed.Calls == before.Item2, $"A close after Activate, before the delivery, ran the callback {activatedThenClosed.Calls - before.Item2} time(s).");
            var closed = await NetKit.On(loop, () => (closedThenActivated.Event!.IsClosed, activatedThenClosed.Event!.IsClosed), "IsClosed");
            Assert.Equal((true, true), closed);

            // Item 9: a new socket (which may reuse either descriptor number) is unaffected.
            var (clientC, serverC) = await NetKit.SocketPair();
            using var clientCOwner = clientC;
            using var serverCOwner = serverC;
            var fresh = new FileEventLog(loop) { Body = DrainReads };
            await NetKit.On(loop, () => { fresh.Event = loop.CreateFileEvent(serverC, fresh.Callback, FileReadyType.Read); }, "register a new socket");
            await NetKit.SendAll(clientC, new byte[] { 1 }, "a byte for the new socket");
            await fresh.WaitCalls(1, "the new socket's read");
            Assert.Equal(0, fresh.OffLoop + closedThenActivated.OffLoop + activatedThenClosed.OffLoop);
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Activate_after_Dispose_runs_no_callback_and_SetEnabled_after_Dispose_throws_ObjectDisposedException(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-activate-disposed-{backend}", backend, handler);
        try
        {
            var (client, server) = await NetKit.SocketPair();
            using var clientOwner = client;
            using var serverOwner = server;
            var log = new FileEventLog(loop) { Body = DrainReads };
            await NetKit.On(loop, () => { log.Event = loop.CreateFileEvent(server, log.Callback, FileReadyType.Read); }, "register");
            await NetKit.Settle(loop, "any spurious first report");
            var before = log.Calls;

            // Disposed in one iteration, activated in a later one (as a timer owned by the event's owner would).
            await NetKit.On(loop, () => log.Event!.Dispose(), "Dispose");
            var setEnabledRefused = await NetKit.On(
                loop,
                () =>
                {
                    log.Event!.Activate(FileReadyType.Read);
                    try
                    {
                        log.Event.SetEnabled(FileReadyType.Read);
                        return false;
                    }
                    catch (ObjectDisposedException)
                    {
                        return true;
                    }
                },
                "Activate and SetEnabled after Dispose");
            await NetKit.SendAll(client, new byte[] { 1 }, "a byte after the dispose");
            await NetKit.Settle(loop, "the next iterations");
            await NetKit.Settle(loop, "more iterations");

            Assert.True(log.Calls == before, $"contract item 8: no callback runs after Dispose returns; it ran {log.Calls - before} time(s) ({string.Join(", ", log.Kinds)}).");
            Assert.True(setEnabledRefused, "SetEnabled on a disposed event did not throw ObjectDisposedException.");
            Assert.True(handler.Reports.IsEmpty, $"Exceptions on the loop: {string.Join(" | ", handler.Reports.Select(r => r.Exception.Message))}");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task An_event_that_disposes_itself_in_its_callback_is_never_called_again_while_data_keeps_arriving(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-self-dispose-{backend}", backend);
        try
        {
            var (client, server) = await NetKit.SocketPair();
            var (barrierClient, barrierServer) = await NetKit.SocketPair();
            using var clientOwner = client;
            using var serverOwner = server;
            using var barrierClientOwner = barrierClient;
            using var barrierServerOwner = barrierServer;
            var selfDisposing = new FileEventLog(loop)
            {
                Body = (fileEvent, ready) =>
                {
                    // Reads one byte only, leaving the rest, then disposes: nothing may report the rest.
                    Span<byte> one = stackalloc byte[1];
                    fileEvent.Receive(one, out _);
                    fileEvent.Dispose();
                },
            };
            var barrier = new FileEventLog(loop) { Body = DrainReads };
            await NetKit.On(
                loop,
                () =>
                {
                    selfDisposing.Event = loop.CreateFileEvent(server, selfDisposing.Callback, FileReadyType.Read | FileReadyType.Write);
                    barrier.Event = loop.CreateFileEvent(barrierServer, barrier.Callback, FileReadyType.Read);
                },
                "register");
            await NetKit.SendAll(client, new byte[] { 1, 2, 3, 4 }, "bytes for the self-disposing event");
            await selfDisposing.WaitCalls(1, "the first callback, which disposes");
            var callsAfterDispose = selfDisposing.Calls;
            for (var i = 0; i < 5; i++)
            {
                await NetKit.SendAll(client, new byte[] { 5 }, $"more bytes after the dispose ({i})");
                await NetKit.SendAll(barrierClient, new byte[] { 9 }, $"the barrier's byte ({i})");
                await barrier.WaitCalls(i + 1, $"the barrier event's read ({i})");
                await NetKit.Settle(loop, $"after the barrier ({i})");
            }

            Assert.True(selfDisposing.Calls == callsAfterDispose, $"contract item 8: the event ran {selfDisposing.Calls - callsAfterDispose} more time(s) after disposing itself ({string.Join(", ", selfDisposing.Kinds)}).");
            Assert.True(await NetKit.On(loop, () => selfDisposing.Event!.IsClosed, "IsClosed"), "A disposed event is not IsClosed.");
            Assert.True(server.Connected, "Dispose closed the owner's socket.");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task BackOff_twice_in_one_onAccepted_counts_two_failures_runs_the_callback_twice_and_does_not_extend_the_pause(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Kit11.StartLoop($"r11-backoff-twice-{backend}", backend, clock: clock);
        try
        {
            var acceptedAt = new System.Collections.Concurrent.ConcurrentQueue<long>();
            var accepted = new AcceptedLogs(loop) { Configure = _ => acceptedAt.Enqueue(clock.GetTimestamp()) };
            var failures = new List<(SocketError Error, TimeSpan Pause)>();
            var observed = new TaskCompletionSource<(long ClockAt, TimeSpan AfterFirst, TimeSpan AfterSecond, long Failures, long Backoffs, bool BackingOff)>(TaskCreationOptions.RunContinuationsAsynchronously);
            var first = true;
            Listener? listener = null;
            await NetKit.On(
                loop,
                () =>
                {
                    listener = Listener.Open(
                        loop,
                        NetKit.AnyLoopbackPort,
                        connection =>
                        {
                            if (!first)
                            {
                                accepted.Accept(connection);
                                return;
                            }

                            first = false;
                            var clockAt = clock.GetTimestamp();
                            listener!.BackOff(SocketError.TooManyOpenSockets);
                            var afterFirst = listener.CurrentBackoff;
                            listener.BackOff(SocketError.TooManyOpenSockets);
                            observed.TrySetResult((clockAt, afterFirst, listener.CurrentBackoff, listener.AcceptFailures, listener.AcceptBackoffs, listener.IsBackingOff));
                            connection.Close();
                        },
                        new ListenerOptions { ReusePort = false },
                        (l, error) => failures.Add((error, l.CurrentBackoff)));
                },
                "open");
            using var firstClient = await NetKit.ConnectClient(listener!.LocalEndPoint, "the client whose accept backs off twice");
            await StepUntil(loop, clock, () => observed.Task.IsCompleted, "the first accept");
            var seen = await observed.Task;
            var failuresSeen = await NetKit.On(loop, () => failures.ToList(), "the failure callbacks");
            Console.WriteLine($"{backend}: BackOff twice: {seen}; callbacks: {string.Join(", ", failuresSeen)}");

            Assert.True(seen.AfterFirst == TimeSpan.FromMilliseconds(10), $"The first BackOff paused for {seen.AfterFirst}.");
            Assert.True(seen.AfterSecond == seen.AfterFirst, $"A second BackOff extended the running pause: {seen.AfterFirst} → {seen.AfterSecond}.");
            Assert.True(seen.Failures == 2, $"AcceptFailures {seen.Failures} after two BackOffs (each is counted as a failed accept).");
            Assert.True(seen.BackingOff, "Not backing off after BackOff.");
            Assert.True(failuresSeen.Count == 2 && failuresSeen.All(f => f.Error == SocketError.TooManyOpenSockets), $"onAcceptFailed ran {failuresSeen.Count} time(s): {string.Join(", ", failuresSeen)}.");

            // The pause is the first one, not extended by the second call: no accept before 10 ms of loop time from
            // the BackOff, and one before a second, longer pause would have ended.
            using var queued = await NetKit.ConnectClient(listener.LocalEndPoint, "a client queued during the pause");
            await StepUntil(loop, clock, () => !acceptedAt.IsEmpty, "the queued client after the pause");
            var afterMs = (acceptedAt.First() - seen.ClockAt) * 1000.0 / Stopwatch.Frequency;
            Assert.True(afterMs is >= 10 and < 20, $"The queued client was accepted {afterMs} ms of loop time after the two BackOffs; the pause is 10 ms and a second call does not extend it.");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_listener_disposed_inside_its_onAccepted_with_clients_queued_accepts_no_more_and_its_connection_lives_on(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-dispose-in-accept-{backend}", backend);
        var clients = new List<Socket>();
        try
        {
            var server = new EchoServer(loop);
            Listener? listener = null;
            await NetKit.On(loop, () => { listener = Listener.Open(loop, NetKit.AnyLoopbackPort, server.Accept, new ListenerOptions { ReusePort = false }); }, "open");
            server.AfterStart = _ => listener!.Dispose();
            using var gate = new LoopGate();
            await gate.HoldAsync(loop);
            for (var i = 0; i < 5; i++)
            {
                clients.Add(await NetKit.ConnectClient(listener!.LocalEndPoint, $"queued client {i}"));
            }

            gate.Release();
            var only = await server.WaitFor(0, "the first accept");
            await NetKit.Settle(loop, "after the dispose inside onAccepted");

            Assert.True(server.Count == 1, $"onAccepted ran {server.Count} times; the listener was disposed inside the first.");
            var peer = server.PeerOf(only);
            var served = clients.Single(c => c.LocalEndPoint!.Equals(peer));
            await NetKit.SendAll(served, new byte[] { 1, 2, 3 }, "bytes to the connection accepted before the dispose");
            Assert.Equal(new byte[] { 1, 2, 3 }, await NetKit.ReceiveExactly(served, 3, "the echo from a connection of a disposed listener"));
            foreach (var other in clients.Where(c => c != served))
            {
                var (data, end) = await NetKit.ReceiveToEnd(other, "a client queued when the listener was disposed");
                Assert.True(data.Length == 0 && Kit11.IsCloseOrReset(end), $"A queued client got {data.Length} byte(s), then {end}.");
            }

            Assert.True(server.Count == 1, $"onAccepted ran {server.Count} times after the queued clients ended.");
            only.AssertWellFormed();
            Assert.False(only.IsClosed, $"The connection accepted before the dispose closed: {only.Describe()}.");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            await NetKit.ExitAsync(loop);
        }
    }

    /// <summary>Moves the hand clock a millisecond per loop round trip until <paramref name="done"/> (portable probes listening sockets on the loop clock).</summary>
    private static async Task StepUntil(Dispatcher loop, HandClock clock, Func<bool> done, string what)
    {
        for (var step = 0; step < 200 && !done(); step++)
        {
            await NetKit.On(loop, () => clock.Advance(TimeSpan.FromMilliseconds(1)), $"step the clock: {what}");
        }

        Assert.True(done(), $"Not done after 200 ms of loop time stepped by hand: {what}");
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
}
