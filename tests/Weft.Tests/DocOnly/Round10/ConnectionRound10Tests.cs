using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Xunit.Abstractions;

using Weft.Net;
using Weft.Tests.DocOnly.Round8;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round10;

// Connections on both backends, from docs/io.md ("Weft.Net"), the XML docs of Connection, ConnectionEvent and
// ConnectionCloseReason: failure paths, close from inside each callback, throwing callbacks, half-close, resets,
// backpressure, zero-length I/O, connect and idle timeouts on the loop's clock, and the loop's exit.
public sealed class ConnectionRound10Tests(ITestOutputHelper output)
{
    public static TheoryData<DispatcherIoBackend> Backends => NetKit.Backends;

    private sealed record Server(Dispatcher Loop, Listener Listener, AcceptedLogs Accepted);

    private static async Task<Server> Serve(
        Dispatcher loop,
        ConnectionOptions? connectionOptions = null,
        Action<AcceptedLogs>? configure = null)
    {
        var accepted = new AcceptedLogs(loop);
        configure?.Invoke(accepted);
        var listener = await NetKit.On(
            loop,
            () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false, Connection = connectionOptions }),
            "opening the listener");
        return new Server(loop, listener, accepted);
    }

    private static bool SeesEndOrReset(SocketError end) => end is SocketError.Success or SocketError.ConnectionReset;

    // docs/io.md: "a reset from the peer (or a send into a reset connection) closes with RemoteReset";
    // Connection.Write: "Returns false, writing nothing, once the connection is closed".
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_peer_that_resets_mid_write_closes_the_writer_with_RemoteReset_and_later_writes_return_false(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-midwrite-{backend}", backend);
        try
        {
            var payload = NetKit.Pattern(4 << 20, 1);
            var server = await Serve(loop, configure: a => a.AfterStart = c =>
            {
                for (var offset = 0; offset < payload.Length; offset += 64 << 10)
                {
                    Assert.True(c.Write(payload.AsSpan(offset, 64 << 10)), "Write refused on an open connection");
                }
            });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var log = await server.Accepted.WaitFor(0, "the mid-write connection");
            await NetKit.ReceiveExactly(client, 64 << 10, "the first 64 KiB of the 4 MiB the server writes");
            NetKit.ResetClose(client);

            await log.WaitClosed("after the peer reset while 4 MiB were being written");
            Assert.Equal(ConnectionCloseReason.RemoteReset, log.ClosedWith);
            var (writeAfter, state) = await NetKit.On(loop, () => (log.Connection!.Write("late"u8), log.Connection.State), "a write after the reset");
            Assert.False(writeAfter, "Write after the connection closed must return false");
            Assert.Equal(ConnectionState.Closed, state);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Connection.Close: "Closed is delivered to the event handler before this call returns. Idempotent."
    // Connection.Write: "Returns false, writing nothing, once the connection is closed or its sending side shut down."
    // Connection.Close: "bytes still buffered here are dropped" (BufferedWriteBytes: "Bytes written but not yet taken").
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Writes_after_close_or_shutdown_return_false_and_close_and_reset_are_idempotent(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-afterclose-{backend}", backend);
        try
        {
            var server = await Serve(loop);
            using var shutClient = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client of the shut-down connection");
            var shut = await server.Accepted.WaitFor(0, "the connection to shut down");
            var (firstWrite, secondWrite) = await NetKit.On(
                loop,
                () =>
                {
                    var first = shut.Connection!.Write("a"u8);
                    shut.Connection.ShutdownWrite();
                    shut.Connection.ShutdownWrite();
                    return (first, shut.Connection.Write("b"u8));
                },
                "write, shut down twice, write again");
            Assert.True(firstWrite, "the write before ShutdownWrite was refused");
            Assert.False(secondWrite, "a write after ShutdownWrite must return false");
            var (data, end) = await NetKit.ReceiveToEnd(shutClient, "the shut-down connection's bytes and end of stream");
            Assert.Equal("a", Encoding.ASCII.GetString(data));
            Assert.Equal(SocketError.Success, end);

            using var closeClient = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client of the closed connection");
            var closed = await server.Accepted.WaitFor(1, "the connection to close");
            var seen = await NetKit.On(
                loop,
                () =>
                {
                    var c = closed.Connection!;
                    c.Close();
                    var closedBeforeReturn = closed.IsClosed;
                    var write = c.Write("x"u8);
                    c.Close();
                    c.Reset();
                    return (closedBeforeReturn, write, c.State, c.BufferedWriteBytes);
                },
                "close, write, close and reset again");
            Assert.True(seen.closedBeforeReturn, "Closed was not delivered before Close returned");
            Assert.False(seen.write, "a write after Close must return false");
            Assert.Equal(ConnectionState.Closed, seen.State);
            Assert.Equal(0, seen.BufferedWriteBytes);
            Assert.Equal(ConnectionCloseReason.LocalClose, closed.ClosedWith);
            await NetKit.Settle(loop, "after the second Close and the Reset");
            Assert.Single(closed.Events, e => e == ConnectionEvent.Closed);
            shut.AssertWellFormed();
            closed.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Connection.Close from onData: Closed before it returns, nothing after Closed, the peer gets end of stream
    // (docs/io.md, "Known difference": on the portable backend a plain Close may reach the peer as a reset).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Close_from_inside_onData_delivers_Closed_at_once_and_nothing_after(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-closeondata-{backend}", backend);
        try
        {
            var closedInside = false;
            var server = await Serve(loop, configure: a => a.Configure = log => log.OnDataHook = (c, _) =>
            {
                c.Close();
                closedInside = log.IsClosed;
            });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            await NetKit.SendAll(client, "hello"u8.ToArray(), "hello");
            var log = await server.Accepted.WaitFor(0, "the connection");
            await log.WaitClosed("Close called from onData");
            await NetKit.Settle(loop, "the rest of the onData hook");
            Assert.True(closedInside, "Closed was not delivered before Close (called inside onData) returned");
            Assert.Equal(ConnectionCloseReason.LocalClose, log.ClosedWith);
            Assert.Equal(1, log.DataCalls);
            var (_, end) = await NetKit.ReceiveToEnd(client, "the end of the closed connection");
            if (backend == DispatcherIoBackend.Automatic)
            {
                Assert.True(end == SocketError.Success, $"epoll: Close must reach the peer as end of stream, got {end}");
            }
            else
            {
                Assert.True(SeesEndOrReset(end), $"portable: Close reaches the peer as end of stream or reset, got {end}");
            }

            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // An outbound connection closed from inside Connected: Connected then Closed (LocalClose), and the peer sees the
    // end of stream (RemoteHalfClosed on the accepting side).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Close_from_inside_Connected_of_an_outbound_connection(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-closeconnected-{backend}", backend);
        try
        {
            var server = await Serve(loop);
            var outbound = new ConnectionLog(loop, "outbound")
            {
                OnEventHook = (c, e) =>
                {
                    if (e == ConnectionEvent.Connected)
                    {
                        c.Close();
                    }
                },
            };
            await NetKit.On(loop, () => Connection.Connect(loop, server.Listener.LocalEndPoint, outbound.OnData, outbound.OnEvent), "connecting");
            await outbound.WaitClosed("Close called from Connected");
            Assert.Equal([ConnectionEvent.Connected, ConnectionEvent.Closed], outbound.Events);
            Assert.Equal(ConnectionCloseReason.LocalClose, outbound.ClosedWith);
            var accepted = await server.Accepted.WaitFor(0, "the accepted side");
            await accepted.WaitUntil(
                () => accepted.IsClosedOrHalfClosed(),
                "the accepted side to see the outbound side's close");
            outbound.AssertWellFormed();
            accepted.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Reset from inside RemoteHalfClosed: the peer gets a TCP reset (Connection.Reset), the reason is LocalReset.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Reset_from_inside_RemoteHalfClosed_reaches_the_peer_as_a_reset(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-resethalf-{backend}", backend);
        try
        {
            var server = await Serve(loop, configure: a => a.Configure = log => log.OnEventHook = (c, e) =>
            {
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.Reset();
                }
            });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            await NetKit.SendAll(client, "x"u8.ToArray(), "one byte");
            client.Shutdown(SocketShutdown.Send);
            var log = await server.Accepted.WaitFor(0, "the connection");
            await log.WaitClosed("Reset called from RemoteHalfClosed");
            Assert.Equal([ConnectionEvent.RemoteHalfClosed, ConnectionEvent.Closed], log.Events);
            Assert.Equal(ConnectionCloseReason.LocalReset, log.ClosedWith);
            var (_, end) = await NetKit.ReceiveToEnd(client, "the reset");
            Assert.Equal(SocketError.ConnectionReset, end);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Close from inside AboveHighWatermark: Closed once (LocalClose), buffered bytes dropped, no BelowLowWatermark after.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Close_from_inside_AboveHighWatermark_drops_the_buffer_and_ends_the_events(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-closehigh-{backend}", backend);
        try
        {
            var options = new ConnectionOptions { HighWatermark = 64 << 10, LowWatermark = 16 << 10 };
            long bufferedAfterClose = -1;
            var server = await Serve(loop, options, a =>
            {
                a.Configure = log => log.OnEventHook = (c, e) =>
                {
                    if (e == ConnectionEvent.AboveHighWatermark)
                    {
                        c.Close();
                        bufferedAfterClose = c.BufferedWriteBytes;
                    }
                };
            });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "a client that reads nothing");
            var log = await server.Accepted.WaitFor(0, "the connection");

            // Written only once the client's connect returned: the close that follows reaches the client as a reset on
            // the portable backend (docs/io.md, known difference), which would otherwise race its connect completing.
            await NetKit.On(
                loop,
                () =>
                {
                    var chunk = new byte[16 << 10];
                    for (var i = 0; i < 1024 && log.Connection!.State == ConnectionState.Open; i++)
                    {
                        log.Connection.Write(chunk);
                    }
                },
                "writing until the high watermark");
            await log.WaitClosed("Close called from AboveHighWatermark");
            await NetKit.Settle(loop, "the rest of the AboveHighWatermark hook");
            Assert.Equal([ConnectionEvent.AboveHighWatermark, ConnectionEvent.Closed], log.Events);
            Assert.Equal(ConnectionCloseReason.LocalClose, log.ClosedWith);
            Assert.Equal(0, bufferedAfterClose);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // ConnectionEvent.Closed is "the last event"; Close and Reset are idempotent, so calling them from Closed itself
    // changes nothing: no second Closed, the reason stays the peer's reset.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Close_and_reset_from_inside_Closed_change_nothing(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-closeinclosed-{backend}", backend);
        try
        {
            var server = await Serve(loop, configure: a => a.Configure = log => log.OnEventHook = (c, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    c.Close();
                    c.Reset();
                    c.ShutdownWrite();
                    c.SetReadEnabled(true);
                }
            });
            var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            await NetKit.SendAll(client, "x"u8.ToArray(), "a byte");
            var log = await server.Accepted.WaitFor(0, "the connection");
            await log.WaitBytes(1, "the byte");
            NetKit.ResetClose(client);
            await log.WaitClosed("after the peer's reset");
            await NetKit.Settle(loop, "after Close/Reset/ShutdownWrite called from Closed");
            Assert.Equal(ConnectionCloseReason.RemoteReset, log.ClosedWith);
            Assert.Equal(ConnectionCloseReason.RemoteReset, await NetKit.On(loop, () => log.Connection!.CloseReason, "the reason afterwards"));
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // A throwing onData: DispatcherOptions.UnhandledExceptionHandler "Called on the loop thread with each exception a
    // callback ... throws. The loop survives either way" (docs/io.md 7: counted in UnhandledExceptions).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_throwing_onData_reaches_the_handler_on_the_loop_and_the_loop_serves_on(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = NetKit.StartLoop($"r10-throwdata-{backend}", backend, handler);
        try
        {
            var thrown = new InvalidOperationException("r10: onData throws");
            var server = await Serve(loop, configure: a => a.Configure = log =>
            {
                if (log.Name == "accepted #0")
                {
                    log.OnDataHook = (_, _) => throw thrown;
                }
                else
                {
                    log.OnDataHook = (c, _) => c.Write("pong"u8);
                }
            });
            var before = loop.Stats;
            using var first = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the first client");
            await NetKit.SendAll(first, "ping"u8.ToArray(), "ping to the throwing handler");
            await handler.WaitForAsync(1, "the exception thrown by onData");
            var report = handler.Reports.First();
            Assert.Same(loop, report.Dispatcher);
            Assert.Same(loop, report.RanOn);
            Assert.True(Chain(report.Exception).Contains(thrown), $"the handler got {report.Exception.GetType().Name}, not the exception onData threw");
            var after = loop.Stats;
            Assert.True(after.UnhandledExceptions - before.UnhandledExceptions >= 1, "the throw was not counted in UnhandledExceptions");
            output.WriteLine($"{backend}: FileEventFailures +{after.FileEventFailures - before.FileEventFailures}, UnhandledExceptions +{after.UnhandledExceptions - before.UnhandledExceptions}; first connection state {await NetKit.On(loop, () => server.Accepted.Logs[0].Connection!.State, "state")}");

            using var second = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the second client");
            await NetKit.SendAll(second, "ping"u8.ToArray(), "ping to a good handler");
            Assert.Equal("pong", Encoding.ASCII.GetString(await NetKit.ReceiveExactly(second, 4, "pong after the throw")));
            foreach (var log in server.Accepted.Logs)
            {
                log.AssertWellFormed();
            }
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // A throwing Closed handler: reported and counted, the loop goes on, the connection stays closed.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_throwing_Closed_handler_is_reported_and_the_connection_stays_closed(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = NetKit.StartLoop($"r10-throwclosed-{backend}", backend, handler);
        try
        {
            var thrown = new InvalidOperationException("r10: Closed handler throws");
            var server = await Serve(loop, configure: a => a.Configure = log => log.OnEventHook = (_, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    throw thrown;
                }
            });
            var before = loop.Stats.UnhandledExceptions;
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var log = await server.Accepted.WaitFor(0, "the connection");
            await NetKit.On(loop, () => log.Connection is null ? throw new InvalidOperationException("not started") : 0, "started");
            NetKit.ResetClose(client);
            await handler.WaitForAsync(1, "the exception thrown by the Closed handler");
            Assert.True(Chain(handler.Reports.First().Exception).Contains(thrown), "the handler got another exception");
            Assert.True(loop.Stats.UnhandledExceptions - before >= 1, "the Closed handler's throw was not counted");
            Assert.Equal(ConnectionState.Closed, await NetKit.On(loop, () => log.Connection!.State, "the state after the throw"));
            Assert.Equal(ConnectionCloseReason.RemoteReset, log.ClosedWith);
            await NetKit.Settle(loop, "after the throwing Closed handler");
            log.AssertWellFormed();

            using var next = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "a later client");
            await server.Accepted.WaitFor(1, "a later connection after the throw");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Backpressure with a slow reader: "AboveHighWatermark when the bytes waiting exceed HighWatermark,
    // BelowLowWatermark when they fall to LowWatermark"; the bytes buffered never exceed the high watermark plus one
    // write when the writer stops at AboveHighWatermark, and every byte arrives in order.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_slow_reader_keeps_the_buffer_under_the_high_watermark_and_gets_every_byte(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-backpressure-{backend}", backend);
        try
        {
            const int high = 256 << 10;
            const int low = 64 << 10;
            const int chunk = 16 << 10;
            var payload = NetKit.Pattern(6 << 20, 2);
            var producer = new Producer(payload, chunk);
            var firstAboveHigh = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var server = await Serve(
                loop,
                new ConnectionOptions { HighWatermark = high, LowWatermark = low },
                a =>
                {
                    a.Configure = log => log.OnEventHook = (c, e) =>
                    {
                        if (e == ConnectionEvent.AboveHighWatermark)
                        {
                            firstAboveHigh.TrySetResult();
                        }
                        else if (e == ConnectionEvent.BelowLowWatermark)
                        {
                            producer.Run(c);
                        }
                    };
                    a.AfterStart = producer.Run;
                });

            // A reader that keeps pace (a loaded machine's loop is as slow as its reader) lets the kernel hold every
            // byte and the buffer never fills: read nothing until it has, through a small receive window so the
            // kernel on both sides holds far less than the 6 MiB.
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the slow reader", receiveBufferSize: 16 << 10);
            await DocOnlyKit.Within(firstAboveHigh.Task, "AboveHighWatermark while the reader reads nothing of 6 MiB");
            var received = new byte[payload.Length];
            var got = 0;
            while (got < payload.Length)
            {
                // Small reads: the reader drains far slower than the loop can write.
                var n = await NetKit.ReceiveExactly(client, Math.Min(4096, payload.Length - got), $"the slow read at {got}");
                n.CopyTo(received, got);
                got += n.Length;
            }

            Assert.True(payload.AsSpan().SequenceEqual(received), "the bytes arrived altered or out of order");
            var log = server.Accepted.Logs[0];
            var marks = log.Events.Where(e => e is ConnectionEvent.AboveHighWatermark or ConnectionEvent.BelowLowWatermark).ToList();
            Assert.True(marks.Count >= 2, $"6 MiB through a 256 KiB high watermark raised {marks.Count} watermark event(s)");
            for (var i = 0; i < marks.Count; i++)
            {
                Assert.Equal(i % 2 == 0 ? ConnectionEvent.AboveHighWatermark : ConnectionEvent.BelowLowWatermark, marks[i]);
            }

            Assert.True(producer.MaxBuffered <= high + chunk, $"buffered {producer.MaxBuffered} bytes, above the high watermark {high} plus one write {chunk}");
            Assert.Equal(0, producer.RefusedWrites);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    private sealed class Producer(byte[] payload, int chunk)
    {
        private int _offset;

        public long MaxBuffered { get; private set; }

        public int RefusedWrites { get; private set; }

        public void Run(Connection connection)
        {
            while (_offset < payload.Length && !connection.IsAboveHighWatermark)
            {
                var n = Math.Min(chunk, payload.Length - _offset);
                if (!connection.Write(payload.AsSpan(_offset, n)))
                {
                    RefusedWrites++;
                    return;
                }

                _offset += n;
                MaxBuffered = Math.Max(MaxBuffered, connection.BufferedWriteBytes);
            }
        }
    }

    // SetReadEnabled(false) stops reading; re-enabling finds the bytes that arrived meanwhile (docs/io.md 3).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_paused_reader_gets_nothing_and_finds_every_byte_when_resumed(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-paused-{backend}", backend);
        try
        {
            var server = await Serve(loop, configure: a => a.AfterStart = c => c.SetReadEnabled(false));
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var payload = NetKit.Pattern(48 << 10, 3);
            await NetKit.SendAll(client, payload, "48 KiB to a paused reader");
            var log = await server.Accepted.WaitFor(0, "the paused connection");
            await NetKit.Settle(loop, "with reading paused");
            Assert.Equal(0, log.ReceivedCount);
            await NetKit.On(loop, () => log.Connection!.SetReadEnabled(true), "resuming");
            await log.WaitBytes(payload.Length, "the bytes sent while paused");
            Assert.True(payload.AsSpan().SequenceEqual(log.Received), "the bytes read after resuming differ");
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // "the peer's end of stream arrives as RemoteHalfClosed, and writing goes on. When both directions are shut the
    // connection closes (LocalClose when this side finished last)".
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_peer_half_closes_first_writing_goes_on_and_the_close_is_LocalClose(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-peerhalf-{backend}", backend);
        try
        {
            var writesAccepted = true;
            var server = await Serve(loop, configure: a => a.Configure = log => log.OnEventHook = (c, e) =>
            {
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    writesAccepted &= c.IsRemoteHalfClosed;
                    writesAccepted &= c.Write(log.Received);
                    c.ShutdownWrite();
                }
            });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var payload = NetKit.Pattern(300 << 10, 4);
            await NetKit.SendAll(client, payload, "300 KiB");
            client.Shutdown(SocketShutdown.Send);
            var (echo, end) = await NetKit.ReceiveToEnd(client, "the echo written after the half-close");
            Assert.Equal(SocketError.Success, end);
            Assert.True(payload.AsSpan().SequenceEqual(echo), $"echo of {echo.Length} bytes differs from the {payload.Length} sent");
            var log = server.Accepted.Logs[0];
            await log.WaitClosed("both directions shut");
            Assert.True(writesAccepted, "after RemoteHalfClosed, IsRemoteHalfClosed was false or Write was refused");
            Assert.Equal([ConnectionEvent.RemoteHalfClosed, ConnectionEvent.Closed], log.Events);
            Assert.Equal(ConnectionCloseReason.LocalClose, log.ClosedWith);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // ShutdownWrite first: "reading goes on until the peer ends its stream too"; RemoteHalfClosed is "Not raised when
    // this side had already shut down its own: the connection then closes with RemoteClose".
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task This_side_half_closes_first_reading_goes_on_and_the_close_is_RemoteClose(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-localhalf-{backend}", backend);
        try
        {
            var payload = NetKit.Pattern(200 << 10, 5);
            var server = await Serve(loop, configure: a => a.AfterStart = c =>
            {
                c.Write(payload);
                c.ShutdownWrite();
            });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var (data, end) = await NetKit.ReceiveToEnd(client, "200 KiB then end of stream");
            Assert.Equal(SocketError.Success, end);
            Assert.True(payload.AsSpan().SequenceEqual(data), "the bytes before the half-close differ");
            await NetKit.SendAll(client, "late"u8.ToArray(), "bytes after the server's half-close");
            var log = server.Accepted.Logs[0];
            await log.WaitBytes(4, "bytes read after this side shut down its sending side");
            client.Shutdown(SocketShutdown.Send);
            await log.WaitClosed("the peer ended its stream too");
            Assert.Equal("late", Encoding.ASCII.GetString(log.Received));
            Assert.DoesNotContain(ConnectionEvent.RemoteHalfClosed, log.Events);
            Assert.Equal(ConnectionCloseReason.RemoteClose, log.ClosedWith);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // docs/io.md "A reset after the peer's FIN": a connection whose peer has half-closed "reads the pending socket error
    // then and closes with RemoteReset".
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_reset_after_the_peers_FIN_closes_with_RemoteReset(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-resetafterfin-{backend}", backend);
        try
        {
            var server = await Serve(loop);
            var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            client.Shutdown(SocketShutdown.Send);
            var log = await server.Accepted.WaitFor(0, "the connection");
            await log.WaitEvent(ConnectionEvent.RemoteHalfClosed, "the client's FIN");
            NetKit.ResetClose(client);
            await log.WaitClosed("the reset that followed the FIN");
            Assert.Equal(ConnectionCloseReason.RemoteReset, log.ClosedWith);
            Assert.Equal([ConnectionEvent.RemoteHalfClosed, ConnectionEvent.Closed], log.Events);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Zero-length writes: Write refuses only a closed or shut connection, so an empty write on an open one returns
    // true, buffers nothing and sends nothing.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_zero_length_write_returns_true_and_sends_nothing(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-zerowrite-{backend}", backend);
        try
        {
            var server = await Serve(loop);
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var log = await server.Accepted.WaitFor(0, "the connection");
            var (empty, buffered, second) = await NetKit.On(
                loop,
                () =>
                {
                    var c = log.Connection ?? throw new InvalidOperationException("no connection");
                    var e = c.Write(ReadOnlySpan<byte>.Empty);
                    var b = c.BufferedWriteBytes;
                    var s = c.Write([]);
                    c.Write("z"u8);
                    c.ShutdownWrite();
                    return (e, b, s);
                },
                "zero-length writes");
            Assert.True(empty, "Write(empty) on an open connection returned false");
            Assert.True(second, "a second Write(empty) returned false");
            Assert.Equal(0, buffered);
            var (data, end) = await NetKit.ReceiveToEnd(client, "the one byte and end of stream");
            Assert.Equal("z", Encoding.ASCII.GetString(data));
            Assert.Equal(SocketError.Success, end);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Zero-length sends from the peer put nothing on the wire: they must not read as end of stream (FileEvent.Receive:
    // "0 with Success: end of stream" is the socket's end, not an empty send).
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Zero_length_sends_from_the_peer_are_not_end_of_stream(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-zeroread-{backend}", backend);
        try
        {
            var server = await Serve(loop);
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(0, client.Send(Array.Empty<byte>()));
            }

            await NetKit.SendAll(client, "ab"u8.ToArray(), "two bytes after the empty sends");
            var log = await server.Accepted.WaitFor(0, "the connection");
            await log.WaitBytes(2, "the two bytes");
            await NetKit.Settle(loop, "after the bytes");
            Assert.Equal("ab", Encoding.ASCII.GetString(log.Received));
            Assert.Empty(log.Events);
            output.WriteLine($"{backend}: onData calls {log.DataCalls}, of them empty {log.EmptyDataCalls}");
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Connection.Connect: "the outcome arrives as Connected or as Closed with ConnectFailed ... (never synchronously
    // from this call)"; LastError: "The socket error behind a close".
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_connect_to_a_closed_port_is_ConnectFailed_and_never_reported_synchronously(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-refused-{backend}", backend);
        try
        {
            var closedPort = ClosedLoopbackPort();
            var log = new ConnectionLog(loop, "refused");
            var (eventsAtReturn, stateAtReturn) = await NetKit.On(
                loop,
                () =>
                {
                    var c = Connection.Connect(loop, closedPort, log.OnData, log.OnEvent);
                    return (log.Events.Count, c.State);
                },
                "connecting to a closed port");
            Assert.Equal(0, eventsAtReturn);
            Assert.Equal(ConnectionState.Connecting, stateAtReturn);
            await log.WaitClosed("the refused connect");
            Assert.Equal([ConnectionEvent.Closed], log.Events);
            Assert.Equal(ConnectionCloseReason.ConnectFailed, log.ClosedWith);
            Assert.Equal(SocketError.ConnectionRefused, await NetKit.On(loop, () => log.Connection!.LastError, "LastError"));
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // The connect timeout on the loop's clock (docs/io.md: the timeout tests step a manual clock): a handshake the
    // peer never answers (its accept queue is full, so the kernel drops the SYN) is still Connecting just before
    // ConnectTimeout and closes with ConnectTimeout just after.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_handshake_that_never_completes_times_out_on_the_loop_clock(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Round8Kit.Started($"r10-connecttimeout-{backend}", clock, new DispatcherOptions { IoBackend = backend });
        using var full = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        full.Bind(NetKit.AnyLoopbackPort);
        full.Listen(0);
        using var occupant = await NetKit.ConnectClient(full.LocalEndPoint!, "the connection that fills the backlog");
        try
        {
            var log = new ConnectionLog(loop, "timing out");
            await NetKit.On(
                loop,
                () => Connection.Connect(loop, full.LocalEndPoint!, log.OnData, log.OnEvent, new ConnectionOptions { ConnectTimeout = TimeSpan.FromSeconds(2) }),
                "connecting to a listener whose backlog is full");
            await NetKit.Settle(loop, "after the connect");
            clock.Advance(TimeSpan.FromMilliseconds(1900));
            await NetKit.Settle(loop, "at 1.9 s of a 2 s connect timeout");
            Assert.False(log.IsClosed, $"closed ({log.ClosedWith}) before the 2 s connect timeout ran out on the loop clock");
            clock.Advance(TimeSpan.FromMilliseconds(200));
            await NetKit.Settle(loop, "at 2.1 s");
            await NetKit.Settle(loop, "at 2.1 s, a re-armed remainder");
            await log.WaitClosed("the connect timeout");
            Assert.Equal([ConnectionEvent.Closed], log.Events);
            Assert.Equal(ConnectionCloseReason.ConnectTimeout, log.ClosedWith);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // An unroutable address: the outcome is the kernel's (ConnectFailed, e.g. unreachable) or ConnectTimeout once the
    // timeout ran out on the loop clock; never Connected, never a timeout before it ran out.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_connect_to_an_unroutable_address_ends_by_the_kernel_or_the_timeout_never_early(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Round8Kit.Started($"r10-unroutable-{backend}", clock, new DispatcherOptions { IoBackend = backend });
        try
        {
            var log = new ConnectionLog(loop, "unroutable");
            var unroutable = new IPEndPoint(IPAddress.Parse("192.0.2.77"), 9);
            await NetKit.On(
                loop,
                () => Connection.Connect(loop, unroutable, log.OnData, log.OnEvent, new ConnectionOptions { ConnectTimeout = TimeSpan.FromSeconds(3) }),
                "connecting to TEST-NET-1");
            await NetKit.Settle(loop, "after the connect");
            clock.Advance(TimeSpan.FromMilliseconds(2900));
            await NetKit.Settle(loop, "at 2.9 s of 3 s");
            if (log.IsClosed)
            {
                Assert.Equal(ConnectionCloseReason.ConnectFailed, log.ClosedWith);
            }

            clock.Advance(TimeSpan.FromMilliseconds(200));
            await NetKit.Settle(loop, "at 3.1 s");
            await NetKit.Settle(loop, "at 3.1 s, a re-armed remainder");
            await log.WaitClosed("the unroutable connect's end");
            Assert.DoesNotContain(ConnectionEvent.Connected, log.Events);
            Assert.Contains(log.ClosedWith, new[] { ConnectionCloseReason.ConnectTimeout, ConnectionCloseReason.ConnectFailed });
            output.WriteLine($"{backend}: unroutable connect ended with {log.ClosedWith}");
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // The idle timeout on the loop clock: "activity only stamps a time, the idle timer re-arms itself for the
    // remainder when it fires"; IdleTimeout: "No byte moved either way for IdleTimeout".
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task The_idle_timeout_counts_from_the_last_byte_on_the_loop_clock(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Round8Kit.Started($"r10-idle-{backend}", clock, new DispatcherOptions { IoBackend = backend });
        try
        {
            var server = await Serve(loop, new ConnectionOptions { IdleTimeout = TimeSpan.FromSeconds(5) });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");

            // The portable backend watches some readiness on a 1 ms loop timer (docs/io.md, Backends), which runs on
            // this hand clock: step it a millisecond at a time (bounded) until the connection is accepted.
            var steps = 0;
            for (; steps < 200 && server.Accepted.Count == 0; steps++)
            {
                await NetKit.Settle(loop, $"accept step {steps}");
                if (server.Accepted.Count == 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(1));
                }
            }

            output.WriteLine($"{backend}: accepted after {steps} settle(s) with the loop clock stepped 1 ms between them");
            var log = await server.Accepted.WaitFor(0, "the idle connection");
            await NetKit.Settle(loop, "after the accept");
            clock.Advance(TimeSpan.FromSeconds(3));
            await NetKit.Settle(loop, "at 3 s");
            await NetKit.SendAll(client, "x"u8.ToArray(), "a byte at 3 s");
            await log.WaitBytes(1, "the byte at 3 s");
            clock.Advance(TimeSpan.FromMilliseconds(2500));
            await NetKit.Settle(loop, "at 5.5 s (2.5 s after the last byte)");
            await NetKit.Settle(loop, "at 5.5 s, after a re-arm");
            Assert.False(log.IsClosed, $"closed ({log.ClosedWith}) 2.5 s after the last byte with a 5 s idle timeout");
            clock.Advance(TimeSpan.FromSeconds(3));
            await NetKit.Settle(loop, "at 8.5 s (5.5 s after the last byte)");
            await NetKit.Settle(loop, "at 8.5 s, after a re-arm");
            await log.WaitClosed("the idle timeout");
            Assert.Equal(ConnectionCloseReason.IdleTimeout, log.ClosedWith);
            var (_, end) = await NetKit.ReceiveToEnd(client, "the idle close");
            Assert.True(SeesEndOrReset(end), $"the peer saw {end}");
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // Connection.Connect: "InvalidOperationException: Called off dispatcher's thread"; Start: "Called twice, or off
    // the owning loop".
    [Fact]
    public async Task Connect_off_the_loop_and_a_second_Start_are_refused()
    {
        var loop = NetKit.StartLoop("r10-refusedcalls", DispatcherIoBackend.Automatic);
        try
        {
            Exception? secondStart = null;
            var server = await Serve(loop, configure: a => a.AfterStart = c =>
            {
                try
                {
                    c.Start((_, _) => { }, (_, _) => { });
                }
                catch (Exception ex)
                {
                    secondStart = ex;
                }
            });
            var log = new ConnectionLog(loop, "off-loop");
            var offLoop = await Round8Kit.ThrownOnPool(() =>
#pragma warning disable WEFT0005 // deliberately called off the loop: the refusal is what is tested
                Connection.Connect(loop, server.Listener.LocalEndPoint, log.OnData, log.OnEvent));
#pragma warning restore WEFT0005
            Assert.IsType<InvalidOperationException>(offLoop);
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var accepted = await server.Accepted.WaitFor(0, "the accepted connection");
            await NetKit.Settle(loop, "after the second Start");
            Assert.IsType<InvalidOperationException>(secondStart);
            Assert.Empty(log.Events);
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // A loop that exits with connections open: ConnectionCloseReason.LoopExited ("The owning loop exited with the
    // connection open"), Closed delivered exactly once through the one close path; the listener's socket is closed
    // (docs/io.md 10: "owners in Weft.Net close their sockets then"), so the port refuses afterwards.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_loop_that_exits_with_connections_open_closes_each_with_LoopExited(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-loopexit-{backend}", backend);
        var server = await Serve(loop);
        var clients = new List<Socket>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                clients.Add(await NetKit.ConnectClient(server.Listener.LocalEndPoint, $"client {i}"));
            }

            for (var i = 0; i < 3; i++)
            {
                await server.Accepted.WaitFor(i, $"accepted {i}");
            }

            var outbound = new ConnectionLog(loop, "outbound");
            await NetKit.On(loop, () => Connection.Connect(loop, server.Listener.LocalEndPoint, outbound.OnData, outbound.OnEvent), "an outbound connection");
            await outbound.WaitEvent(ConnectionEvent.Connected, "the outbound connection");
            await server.Accepted.WaitFor(3, "the outbound connection's accepted side");
            await NetKit.ExitAsync(loop);

            foreach (var log in server.Accepted.Logs.Append(outbound))
            {
                Assert.True(log.IsClosed, $"{log.Name}: no Closed after the loop exited (events: {string.Join(", ", log.Events)})");
                Assert.Equal(ConnectionCloseReason.LoopExited, log.ClosedWith);
                log.AssertWellFormed();
            }

            foreach (var client in clients)
            {
                var (_, end) = await NetKit.ReceiveToEnd(client, "the close at loop exit");
                if (backend == DispatcherIoBackend.Automatic)
                {
                    Assert.True(end == SocketError.Success, $"epoll closes with end of stream; the peer saw {end}");
                }
                else
                {
                    Assert.True(SeesEndOrReset(end), $"the peer saw {end}");
                }
            }

            using var late = NetKit.NewClientSocket();
            var refused = await Assert.ThrowsAsync<SocketException>(async () => await late.ConnectAsync(server.Listener.LocalEndPoint));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            await NetKit.ExitAsync(loop);
        }
    }

    // Many connections opened, then reset (or half-closed) at once, in a seeded random order: each accepted connection
    // closes exactly once, with RemoteReset for a reset peer and LocalClose for one that half-closed (the server
    // answers its end of stream with ShutdownWrite); the listener accepts afterwards.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Many_connections_opened_then_reset_at_once_each_close_once_with_the_right_reason(DispatcherIoBackend backend)
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        const int count = 48;
        var loop = NetKit.StartLoop($"r10-many-{backend}", backend);
        var clients = new List<Socket>();
        try
        {
            var server = await Serve(loop, configure: a => a.Configure = log => log.OnEventHook = (c, e) =>
            {
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.ShutdownWrite();
                }
            });
            for (var i = 0; i < count; i++)
            {
                var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, $"client {i} (seed {seed})");
                clients.Add(client);
                await NetKit.SendAll(client, BitConverter.GetBytes(i), $"client {i}'s id");
            }

            await server.Accepted.WaitUntil(() => server.Accepted.Count == count, $"{count} accepted (seed {seed})");
            foreach (var log in server.Accepted.Logs)
            {
                await log.WaitBytes(4, $"an id (seed {seed})");
            }

            var resets = Enumerable.Range(0, count).Select(_ => random.Next(3) != 0).ToArray();
            foreach (var i in Enumerable.Range(0, count).OrderBy(_ => random.Next()))
            {
                if (resets[i])
                {
                    NetKit.ResetClose(clients[i]);
                }
                else
                {
                    clients[i].Shutdown(SocketShutdown.Send);
                }
            }

            foreach (var log in server.Accepted.Logs)
            {
                await log.WaitClosed($"after the burst of resets and half-closes (seed {seed})");
            }

            foreach (var log in server.Accepted.Logs)
            {
                var id = BitConverter.ToInt32(log.Received, 0);
                var expected = resets[id] ? ConnectionCloseReason.RemoteReset : ConnectionCloseReason.LocalClose;
                Assert.True(expected == log.ClosedWith, $"client {id} ({(resets[id] ? "reset" : "half-closed")}): closed with {log.ClosedWith}, expected {expected} (seed {seed})");
                log.AssertWellFormed();
            }

            using var after = await NetKit.ConnectClient(server.Listener.LocalEndPoint, $"a client after the burst (seed {seed})");
            await server.Accepted.WaitFor(count, $"the connection after the burst (seed {seed})");
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            await NetKit.ExitAsync(loop);
        }
    }

    private static IPEndPoint ClosedLoopbackPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(NetKit.AnyLoopbackPort);
        return (IPEndPoint)probe.LocalEndPoint!;
    }

    private static List<Exception> Chain(Exception exception)
    {
        var chain = new List<Exception>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            chain.Add(e);
            if (e is AggregateException aggregate)
            {
                chain.AddRange(aggregate.InnerExceptions);
            }
        }

        return chain;
    }

    // IdleTimeout: "No byte moved either way": bytes this side sends are activity too, so a connection that only
    // writes every 3 s never idles out at 5 s; once the writes stop it does.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Writes_alone_keep_a_connection_from_idling_out(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Round8Kit.Started($"r10-idlewrite-{backend}", clock, new DispatcherOptions { IoBackend = backend });
        try
        {
            var server = await Serve(loop, new ConnectionOptions { IdleTimeout = TimeSpan.FromSeconds(5) });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            for (var steps = 0; steps < 200 && server.Accepted.Count == 0; steps++)
            {
                await NetKit.Settle(loop, $"accept step {steps}");
                if (server.Accepted.Count == 0)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(1));
                }
            }

            var log = await server.Accepted.WaitFor(0, "the connection");
            for (var i = 1; i <= 3; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(3));
                await NetKit.Settle(loop, $"at {3 * i} s");
                Assert.False(log.IsClosed, $"closed ({log.ClosedWith}) at {3 * i} s although this side wrote every 3 s");
                Assert.True(await NetKit.On(loop, () => log.Connection!.Write("w"u8), $"the write at {3 * i} s"), $"the write at {3 * i} s was refused");
                await NetKit.ReceiveExactly(client, 1, $"the byte written at {3 * i} s");
            }

            clock.Advance(TimeSpan.FromSeconds(6));
            await NetKit.Settle(loop, "6 s after the last write");
            await NetKit.Settle(loop, "6 s after the last write, after a re-arm");
            await log.WaitClosed("the idle timeout after the writes stopped");
            Assert.Equal(ConnectionCloseReason.IdleTimeout, log.ClosedWith);
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    // ConnectionOptions.MaxReadBytesPerEvent: "Bytes read per read event before other work on the loop gets a turn".
    // Under edge triggering nothing re-reports what is left unread (docs/io.md 1), so a connection that stops at the
    // limit must come back for the rest by itself: 1 MiB sent at once, then nothing more, all arrives at 4 KiB per event.
    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_read_cut_at_MaxReadBytesPerEvent_comes_back_for_the_rest_without_new_arrivals(DispatcherIoBackend backend)
    {
        var loop = NetKit.StartLoop($"r10-readcap-{backend}", backend);
        try
        {
            var server = await Serve(loop, new ConnectionOptions { MaxReadBytesPerEvent = 4096 });
            using var client = await NetKit.ConnectClient(server.Listener.LocalEndPoint, "the client");
            var payload = NetKit.Pattern(1 << 20, 6);
            var log = await server.Accepted.WaitFor(0, "the connection");
            await NetKit.SendAll(client, payload, "1 MiB in one go");
            await log.WaitBytes(payload.Length, "1 MiB read 4 KiB per event, with no arrival after the last send");
            Assert.True(payload.AsSpan().SequenceEqual(log.Received), "the bytes read differ");
            Assert.True(log.DataCalls >= payload.Length / 4096 / 4, $"{log.DataCalls} onData calls for 1 MiB at 4 KiB per event");
            log.AssertWellFormed();
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }
}
