using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// Close, reset and dispose racing reads, writes, watermark callbacks, connect completion and the idle and connect
// timers: docs/io.md (Weft.Net: Backpressure, Resets, Timers on the loop, One close path) and the XML docs of
// Connection (Close/Reset deliver Closed before they return; idempotent; Write returns false once closed).
public sealed class ConnectionRaceRound11Tests
{
    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_reset_from_another_connections_onData_stops_a_connection_that_is_streaming_in(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-reset-other-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
            using var streamer = await NetKit.ConnectClient(listener.LocalEndPoint, "the streaming client");
            var streamed = await accepted.WaitFor(0, "the streaming connection");
            using var trigger = await NetKit.ConnectClient(listener.LocalEndPoint, "the triggering client");
            var triggered = await accepted.WaitFor(1, "the triggering connection");
            triggered.OnDataHook = (_, _) => streamed.Connection!.Reset();

            var chunk = NetKit.Pattern(64 * 1024, 11);
            var sender = Task.Run(async () =>
            {
                using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
                try
                {
                    while (true)
                    {
                        await streamer.SendAsync(chunk, SocketFlags.None, cancel.Token);
                    }
                }
                catch (SocketException ex)
                {
                    return ex.SocketErrorCode;
                }
                catch (OperationCanceledException)
                {
                    return SocketError.TimedOut;
                }
            });
            await streamed.WaitBytes(256 * 1024, "bytes streaming in before the reset");
            await NetKit.SendAll(trigger, new byte[] { 1 }, "the byte whose onData resets the other connection");
            await streamed.WaitClosed("reset from the other connection's onData");

            streamed.AssertClosedOnceWith(ConnectionCloseReason.LocalReset, "a reset from another connection's callback");
            var senderEnd = await DocOnlyKit.Within(sender, "the streaming client's sends to fail after the reset");
            Assert.True(senderEnd is SocketError.ConnectionReset or SocketError.Shutdown, $"The streaming client's send ended with {senderEnd}; expected a reset.");
            await NetKit.Settle(loop, "after the reset");
            Assert.True(!triggered.IsClosed, $"The triggering connection closed too: {triggered.Describe()}.");
            triggered.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_close_posted_from_another_thread_at_seeded_points_of_an_echo_closes_once_and_the_peer_gets_a_byte_exact_prefix(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        var loop = Kit11.StartLoop($"r11-close-echo-{backend}", backend);
        try
        {
            var accepted = new EchoServer(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
            for (var round = 0; round < 8; round++)
            {
                var closeAfter = random.Next(0, 512 * 1024);
                var context = $"[seed {seed}, round {round}, close after {closeAfter} bytes in, {backend}]";
                var payload = NetKit.Pattern(1024 * 1024, seed + round);
                using var client = await NetKit.ConnectClient(listener.LocalEndPoint, context);
                var server = await accepted.WaitFor(round, context);
                var sending = Task.Run(async () =>
                {
                    try
                    {
                        await NetKit.SendAll(client, payload, context);
                    }
                    catch (SocketException)
                    {
                        // The close may land while the client is still sending: expected.
                    }
                });
                var echoed = NetKit.ReceiveToEnd(client, $"the echo {context}");
                await server.WaitBytes(closeAfter, context);
                loop.Post(() => server.Connection!.Close());
                await server.WaitClosed(context);
                var (data, end) = await echoed;
                await DocOnlyKit.Within(sending, $"the client's sending to end {context}");

                server.AssertClosedOnceWith(ConnectionCloseReason.LocalClose, context);
                Assert.True(Kit11.IsCloseOrReset(end), $"{context} the client's stream ended with {end}.");
                Assert.True(payload.AsSpan().StartsWith(data), $"{context} the {data.Length} echoed bytes are not a prefix of what was sent.");
                Assert.True(data.Length <= server.ReceivedCount, $"{context} {data.Length} bytes echoed but only {server.ReceivedCount} read.");
            }
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_reset_of_the_other_side_inside_AboveHighWatermark_leaves_this_side_to_drain_to_BelowLowWatermark(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-reset-in-above-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var options = new ListenerOptions { ReusePort = false, Connection = new ConnectionOptions { HighWatermark = 64 * 1024, LowWatermark = 16 * 1024 } };
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, options), "open");
            using var slowClient = await NetKit.ConnectClient(listener.LocalEndPoint, "the slow client");
            var slow = await accepted.WaitFor(0, "the slow side");
            using var otherClient = await NetKit.ConnectClient(listener.LocalEndPoint, "the other client");
            var other = await accepted.WaitFor(1, "the other side");
            slow.OnEventHook = (_, e) =>
            {
                if (e == ConnectionEvent.AboveHighWatermark)
                {
                    other.Connection!.Reset();
                }
            };

            var chunk = NetKit.Pattern(16 * 1024, 5);
            var written = await NetKit.On(
                loop,
                () =>
                {
                    var total = 0;
                    for (var i = 0; i < 10_000 && !slow.Connection!.IsAboveHighWatermark; i++)
                    {
                        Assert.True(slow.Connection.Write(chunk), "Write on an open connection returned false.");
                        total += chunk.Length;
                    }

                    return total;
                },
                "write until above the high watermark");
            await other.WaitClosed("the reset from the slow side's AboveHighWatermark");
            other.AssertClosedOnceWith(ConnectionCloseReason.LocalReset, "reset inside another connection's AboveHighWatermark");
            var (_, otherEnd) = await NetKit.ReceiveToEnd(otherClient, "the reset side's client");
            Assert.True(otherEnd == SocketError.ConnectionReset, $"The reset side's client saw {otherEnd}.");

            var received = await NetKit.ReceiveExactly(slowClient, written, "every byte of the slow side");
            for (var offset = 0; offset < written; offset += chunk.Length)
            {
                Assert.True(received.AsSpan(offset, chunk.Length).SequenceEqual(chunk), $"The slow side's bytes differ in the chunk at {offset}.");
            }

            await slow.WaitEvent(ConnectionEvent.BelowLowWatermark, "the slow side drained");
            Assert.Equal([ConnectionEvent.AboveHighWatermark, ConnectionEvent.BelowLowWatermark], slow.Events);
            slow.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_reset_inside_BelowLowWatermark_drops_the_rest_and_nothing_is_delivered_after_Closed(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-reset-in-below-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var options = new ListenerOptions { ReusePort = false, Connection = new ConnectionOptions { HighWatermark = 128 * 1024, LowWatermark = 32 * 1024 } };
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, options), "open");
            using var client = await NetKit.ConnectClient(listener.LocalEndPoint, "the client");
            var server = await accepted.WaitFor(0, "the server side");
            var writesAfterClose = new List<bool>();
            server.OnEventHook = (c, e) =>
            {
                if (e == ConnectionEvent.BelowLowWatermark)
                {
                    c.Reset();
                    writesAfterClose.Add(c.Write(new byte[] { 1 }));
                }
            };
            // The client reads nothing until the high watermark is passed (loopback's socket buffers take megabytes
            // at once), then reads as fast as it can: the buffer drains to the low watermark, whose callback resets.
            var chunk = NetKit.Pattern(16 * 1024, 9);
            var written = await NetKit.On(
                loop,
                () =>
                {
                    var total = 0;
                    for (var i = 0; i < 100_000 && (!server.Connection!.IsAboveHighWatermark || i < 32); i++)
                    {
                        server.Connection!.Write(chunk);
                        total += chunk.Length;
                    }

                    return total;
                },
                "write past the high watermark");
            await server.WaitEvent(ConnectionEvent.AboveHighWatermark, "the high watermark");
            var (data, end) = await NetKit.ReceiveToEnd(client, "the client reading until the reset");
            await server.WaitClosed("the reset inside BelowLowWatermark");

            Assert.Equal([ConnectionEvent.AboveHighWatermark, ConnectionEvent.BelowLowWatermark, ConnectionEvent.Closed], server.Events);
            server.AssertClosedOnceWith(ConnectionCloseReason.LocalReset, "reset inside BelowLowWatermark");
            Assert.Equal([false], writesAfterClose);
            Assert.True(end == SocketError.ConnectionReset, $"The client saw {end} after {data.Length} of {written} bytes.");
            for (var offset = 0; offset + chunk.Length <= data.Length; offset += chunk.Length)
            {
                Assert.True(data.AsSpan(offset, chunk.Length).SequenceEqual(chunk), $"The bytes before the reset differ in the chunk at {offset}.");
            }

            Assert.True(data.Length <= written, $"The client got {data.Length} bytes of {written} written.");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_close_right_after_Connect_in_the_same_callback_never_reports_Connected_or_ConnectFailed(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-close-after-connect-{backend}", backend);
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(NetKit.AnyLoopbackPort);
        listening.Listen(16);
        try
        {
            var closedAtOnce = new ConnectionLog(loop, "closed right after Connect");
            var stateAfterClose = await NetKit.On(
                loop,
                () =>
                {
                    var connection = Connection.Connect(loop, listening.LocalEndPoint!, closedAtOnce.OnData, closedAtOnce.OnEvent);
                    closedAtOnce.Connection = connection;
                    connection.Close();
                    return connection.State;
                },
                "Connect, then Close");
            Assert.True(stateAfterClose == ConnectionState.Closed, $"State right after Close: {stateAfterClose}.");
            Assert.Equal([ConnectionEvent.Closed], closedAtOnce.Events);

            // A later connection to the same peer completing is the barrier: the first one's handshake had time to finish too.
            var barrier = new ConnectionLog(loop, "barrier");
            await NetKit.On(loop, () => { barrier.Connection = Connection.Connect(loop, listening.LocalEndPoint!, barrier.OnData, barrier.OnEvent); }, "the barrier connection");
            await barrier.WaitEvent(ConnectionEvent.Connected, "the barrier connection");
            await NetKit.Settle(loop, "after the barrier");

            Assert.Equal([ConnectionEvent.Closed], closedAtOnce.Events);
            closedAtOnce.AssertClosedOnceWith(ConnectionCloseReason.LocalClose, "Close right after Connect");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_close_posted_from_another_thread_racing_connect_completion_ends_LocalClose_with_or_without_Connected(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        var loop = Kit11.StartLoop($"r11-close-races-connect-{backend}", backend);
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(NetKit.AnyLoopbackPort);
        listening.Listen(256);
        try
        {
            var outcomes = new Dictionary<string, int>();
            for (var round = 0; round < 40; round++)
            {
                var roundTrips = random.Next(0, 3);
                var context = $"[seed {seed}, round {round}, close after {roundTrips} round trip(s), {backend}]";
                var log = new ConnectionLog(loop, $"connect {round}");
                var closeFromPool = roundTrips == 0;
                await NetKit.On(
                    loop,
                    () =>
                    {
                        log.Connection = Connection.Connect(loop, listening.LocalEndPoint!, log.OnData, log.OnEvent);

                        // Round trips 0: a pool thread posts the close at once, racing the loop's next iteration,
                        // which is the one that may see the handshake complete.
                        if (closeFromPool)
                        {
                            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Loop.Post(() => state.Log.Connection!.Close()), (Loop: loop, Log: log), preferLocal: false);
                        }
                    },
                    context);
                for (var i = 0; i < roundTrips; i++)
                {
                    await NetKit.On(loop, static () => { }, context);
                }

                if (!closeFromPool)
                {
                    loop.Post(() => log.Connection!.Close());
                }

                await log.WaitClosed(context);
                await NetKit.Settle(loop, context);

                var events = log.Events;
                Assert.True(
                    events.SequenceEqual([ConnectionEvent.Closed]) || events.SequenceEqual([ConnectionEvent.Connected, ConnectionEvent.Closed]),
                    $"{context} {log.Describe()}.");
                log.AssertClosedOnceWith(ConnectionCloseReason.LocalClose, context);
                var key = string.Join("+", events);
                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            }

            Console.WriteLine($"[seed {seed}, {backend}] close racing connect: {string.Join(", ", outcomes.Select(o => $"{o.Key} ×{o.Value}"))}");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_close_and_a_due_idle_timer_in_the_same_iteration_close_once_and_a_close_after_the_timeout_changes_nothing(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Kit11.StartLoop($"r11-idle-vs-close-{backend}", backend, clock: clock);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var options = new ListenerOptions { ReusePort = false, Connection = new ConnectionOptions { IdleTimeout = TimeSpan.FromSeconds(5) } };
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, options), "open");
            using var client0 = await AcceptOnHandClock(loop, clock, listener, accepted, 0);
            using var client1 = await AcceptOnHandClock(loop, clock, listener, accepted, 1);
            var closedByCall = accepted.Logs[0];
            var closedByTimer = accepted.Logs[1];

            // Same callback: the idle timer is due, but Close runs first; the timer must not close (or report) again.
            await NetKit.On(
                loop,
                () =>
                {
                    clock.Advance(TimeSpan.FromSeconds(6));
                    closedByCall.Connection!.Close();
                },
                "move the clock past the idle timeout and Close at once");
            await closedByTimer.WaitClosed("the other connection idles out on the moved clock");
            await NetKit.Settle(loop, "the due timers");
            closedByCall.AssertClosedOnceWith(ConnectionCloseReason.LocalClose, "Close in the iteration its idle timer was due");
            closedByTimer.AssertClosedOnceWith(ConnectionCloseReason.IdleTimeout, "an idle timeout");

            var reasonsAfter = await NetKit.On(
                loop,
                () =>
                {
                    closedByTimer.Connection!.Close();
                    closedByTimer.Connection.Reset();
                    return (closedByTimer.Connection.CloseReason, closedByTimer.Connection.Write(new byte[] { 1 }));
                },
                "Close and Reset after the idle timeout");
            Assert.Equal((ConnectionCloseReason.IdleTimeout, false), reasonsAfter);
            closedByTimer.AssertClosedOnceWith(ConnectionCloseReason.IdleTimeout, "Close and Reset after the idle timeout");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_close_and_a_due_connect_timer_in_the_same_iteration_close_once_as_LocalClose(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Kit11.StartLoop($"r11-connect-timer-vs-close-{backend}", backend, clock: clock);
        using var backlog = await Kit11.FullBacklogAsync();
        try
        {
            var closedByCall = new ConnectionLog(loop, "closed in the iteration its connect timer was due");
            var timedOut = new ConnectionLog(loop, "timed out");
            var options = new ConnectionOptions { ConnectTimeout = TimeSpan.FromSeconds(2) };
            await NetKit.On(
                loop,
                () =>
                {
                    closedByCall.Connection = Connection.Connect(loop, backlog.EndPoint, closedByCall.OnData, closedByCall.OnEvent, options);
                    timedOut.Connection = Connection.Connect(loop, backlog.EndPoint, timedOut.OnData, timedOut.OnEvent, options);
                },
                "two connects into a full accept queue");
            await NetKit.Settle(loop, "the connect attempts");
            Assert.True(closedByCall.Events.Count == 0 && timedOut.Events.Count == 0, $"Before the timeout: {closedByCall.Describe()}; {timedOut.Describe()}.");

            await NetKit.On(
                loop,
                () =>
                {
                    clock.Advance(TimeSpan.FromSeconds(3));
                    closedByCall.Connection!.Close();
                },
                "move the clock past the connect timeout and Close one at once");
            await timedOut.WaitClosed("the connect timeout on the moved clock");
            await NetKit.Settle(loop, "the due timers");

            Assert.Equal([ConnectionEvent.Closed], closedByCall.Events);
            closedByCall.AssertClosedOnceWith(ConnectionCloseReason.LocalClose, "Close in the iteration the connect timer was due");
            Assert.Equal([ConnectionEvent.Closed], timedOut.Events);
            timedOut.AssertClosedOnceWith(ConnectionCloseReason.ConnectTimeout, "a handshake still in progress at the timeout");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_peer_reset_propagated_from_the_Closed_handler_resets_the_other_side_once(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-propagate-reset-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
            var clientA = await NetKit.ConnectClient(listener.LocalEndPoint, "client A");
            var a = await accepted.WaitFor(0, "side A");
            using var clientB = await NetKit.ConnectClient(listener.LocalEndPoint, "client B");
            var b = await accepted.WaitFor(1, "side B");

            // A proxy pair: each side's Closed resets the other (the second reset finds the first side closed: a no-op).
            a.OnEventHook = (_, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    b.Connection!.Reset();
                }
            };
            b.OnEventHook = (_, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    a.Connection!.Reset();
                }
            };
            await NetKit.SendAll(clientA, new byte[] { 1, 2 }, "bytes before the reset");
            await a.WaitBytes(2, "bytes before the reset");
            NetKit.ResetClose(clientA);
            await b.WaitClosed("the propagated reset");
            await NetKit.Settle(loop, "after the propagation");

            a.AssertClosedOnceWith(ConnectionCloseReason.RemoteReset, "the side whose peer reset");
            b.AssertClosedOnceWith(ConnectionCloseReason.LocalReset, "the side reset from the other's Closed handler");
            var (_, end) = await NetKit.ReceiveToEnd(clientB, "client B after the propagated reset");
            Assert.True(end == SocketError.ConnectionReset, $"Client B saw {end}; a propagated reset reaches the peer as a reset.");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Writes_from_a_timer_racing_a_peer_reset_succeed_until_Closed_and_return_false_after(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        var loop = Kit11.StartLoop($"r11-timer-writes-vs-reset-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
            for (var round = 0; round < 6; round++)
            {
                var resetAfter = random.Next(0, 256 * 1024);
                var context = $"[seed {seed}, round {round}, reset after {resetAfter} bytes read, {backend}]";
                var client = await NetKit.ConnectClient(listener.LocalEndPoint, context);
                var server = await accepted.WaitFor(round, context);
                var writes = new List<(bool ClosedBefore, bool Written, bool ClosedAfter)>();
                var chunk = NetKit.Pattern(8 * 1024, round);
                var timer = await NetKit.On(
                    loop,
                    () =>
                    {
                        DispatcherTimer? self = null;
                        self = loop.CreateTimer(() =>
                        {
                            var closedBefore = server.Connection!.State == ConnectionState.Closed;
                            var written = server.Connection.Write(chunk);
                            writes.Add((closedBefore, written, server.Connection.State == ConnectionState.Closed));
                            if (writes.Count(w => w.ClosedBefore) < 3)
                            {
                                self!.Enable(TimeSpan.Zero);
                            }
                        });
                        self.Enable(TimeSpan.Zero);
                        return self;
                    },
                    $"start a timer writing every iteration {context}");
                var got = 0;
                var buffer = new byte[64 * 1024];
                while (got < resetAfter)
                {
                    var n = client.Receive(buffer);
                    Assert.True(n > 0, $"{context} the stream ended after {got} bytes.");
                    got += n;
                }

                NetKit.ResetClose(client);
                await server.WaitClosed(context);
                await NetKit.On(loop, () => { }, context);
                await NetKit.Settle(loop, context);
                var seen = await NetKit.On(loop, () => writes.ToList(), context);

                server.AssertClosedOnceWith(ConnectionCloseReason.RemoteReset, context);
                // A Write may itself find the reset (the send fails): it then closes inside the call and returns false.
                Assert.True(seen.Where(w => !w.Written).All(w => w.ClosedAfter), $"{context} a Write returned false and left the connection open.");
                Assert.True(seen.Where(w => w.ClosedBefore).All(w => !w.Written), $"{context} a Write after Closed returned true.");
                Assert.True(seen.Count(w => !w.ClosedBefore && !w.Written) <= 1, $"{context} more than one Write found the connection open and returned false.");
                Console.WriteLine($"{context}: {seen.Count(w => w.Written)} writes taken, closed inside a Write: {seen.Any(w => !w.ClosedBefore && w.ClosedAfter)}");
                await NetKit.On(loop, () => timer.Disable(), context);
            }
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    /// <summary>Connects a client and waits (loop clock moved by hand a millisecond per round trip: portable probes a listening socket on the loop clock) for its accept.</summary>
    private static async Task<Socket> AcceptOnHandClock(Dispatcher loop, HandClock clock, Listener listener, AcceptedLogs accepted, int index)
    {
        var client = await NetKit.ConnectClient(listener.LocalEndPoint, $"client {index}");
        for (var step = 0; step < 200 && accepted.Count <= index; step++)
        {
            await NetKit.On(loop, () => clock.Advance(TimeSpan.FromMilliseconds(1)), $"step the hand clock for accept {index}");
        }

        await accepted.WaitFor(index, $"client {index} accepted on the hand clock");
        return client;
    }
}
