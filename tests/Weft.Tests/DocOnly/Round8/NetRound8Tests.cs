using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round8;

// Weft.Net and FileEvent from docs/io.md and the XML docs: a port already taken, writes after close, closing inside
// callbacks, half-close both ways, a reset from the peer, throwing callbacks, watermarks, the loop exiting with
// connections open. Clients are plain .NET sockets with receive timeouts, so no wait is unbounded.
public sealed class NetRound8Tests
{
    /// <summary>What one server-side connection saw, recorded on its loop.</summary>
    private sealed class Seen
    {
        public readonly ConcurrentQueue<string> Events = new();
        public readonly TaskCompletionSource<Connection> Closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly TaskCompletionSource<Connection> Started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int OffLoop;
        public int ClosedCount;

        public void Record(Connection c, ConnectionEvent e)
        {
            if (!c.Dispatcher.IsCurrentThread || Dispatcher.Current != c.Dispatcher)
            {
                Interlocked.Increment(ref OffLoop);
            }

            Events.Enqueue(e.ToString());
            if (e == ConnectionEvent.Closed)
            {
                Interlocked.Increment(ref ClosedCount);
                Closed.TrySetResult(c);
            }
        }
    }

    private static async Task<(Dispatcher Loop, Listener Listener)> ServeAsync(string name, Action<Connection> onAccepted, DispatcherOptions? options = null, ConnectionOptions? connection = null)
    {
        var loop = Dispatcher.Start(name, options);
        var listener = await DocOnlyKit.Within(
            loop.InvokeAsync(() => Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), onAccepted, new ListenerOptions { ReusePort = false, Connection = connection })),
            "opening the listener on its loop");
        return (loop, listener);
    }

    private static Socket Client(Listener listener)
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = (int)DocOnlyKit.Bound.TotalMilliseconds, SendTimeout = (int)DocOnlyKit.Bound.TotalMilliseconds };
        client.Connect(listener.LocalEndPoint);
        return client;
    }

    /// <summary>Reads until end of stream (bounded by the receive timeout), returning the byte count.</summary>
    private static long ReadToEnd(Socket socket, byte[]? expected = null)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        while (true)
        {
            var n = socket.Receive(buffer);
            if (n == 0)
            {
                return total;
            }

            if (expected is not null)
            {
                Assert.True(buffer.AsSpan(0, n).SequenceEqual(expected.AsSpan((int)total, n)), $"bytes differ at offset {total}");
            }

            total += n;
        }
    }

    // Listener.Open: "SocketException: The address cannot be bound" — a port another socket holds is refused with
    // the named error (AddressAlreadyInUse), with and without SO_REUSEPORT, and the loop goes on.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Opening_a_listener_on_a_port_already_taken_fails_with_AddressAlreadyInUse(bool reusePort)
    {
        using var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen();
        var taken = (IPEndPoint)holder.LocalEndPoint!;
        var loop = Dispatcher.Start("r8-port-taken");
        try
        {
            var thrown = await DocOnlyKit.Within(loop.InvokeAsync<Exception?>(() =>
            {
                try
                {
                    Listener.Open(loop, taken, _ => { }, new ListenerOptions { ReusePort = reusePort });
                    return null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            }), "Listener.Open on a taken port");
            var refused = Assert.IsType<SocketException>(thrown, exactMatch: false);
            Assert.Equal(SocketError.AddressAlreadyInUse, refused.SocketErrorCode);
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a round trip after the refusal");
            Assert.Equal(0, loop.Stats.UnhandledExceptions);
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // Write: "Returns false, writing nothing, once the connection is closed or its sending side shut down";
    // Close/Reset: "Idempotent"; "delivers Closed exactly once" (Connection remarks) — also when Close is called
    // again from the Closed handler itself.
    [Fact]
    public async Task Writes_after_shutdown_or_close_return_false_and_Closed_is_delivered_once()
    {
        var seen = new Seen();
        var writes = new ConcurrentQueue<(string When, bool Result)>();
        var (loop, listener) = await ServeAsync("r8-write-after", accepted =>
        {
            accepted.Start((_, _) => { }, (c, e) =>
            {
                seen.Record(c, e);
                if (e == ConnectionEvent.Closed)
                {
                    writes.Enqueue(("in Closed", c.Write("x"u8)));
                    c.Close();
                    c.Reset();
                }
            });
            writes.Enqueue(("open", accepted.Write("hello"u8)));
            accepted.ShutdownWrite();
            writes.Enqueue(("after ShutdownWrite", accepted.Write("late"u8)));
            accepted.ShutdownWrite();
            accepted.Close();
            writes.Enqueue(("after Close", accepted.Write("later"u8)));
            accepted.Close();
            accepted.Reset();
            seen.Started.TrySetResult(accepted);
        });
        try
        {
            using var client = Client(listener);
            var connection = await DocOnlyKit.Within(seen.Closed.Task, "the server connection to close");
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a later loop turn");
            // Closed may be delivered inside Close itself (only Connect promises "never synchronously"), so the order
            // of the last two entries is free.
            Assert.Equal(
                new[] { ("after Close", false), ("after ShutdownWrite", false), ("in Closed", false), ("open", true) },
                writes.ToArray().OrderBy(w => w.When, StringComparer.Ordinal).ToArray());
            Assert.Equal(1, Volatile.Read(ref seen.ClosedCount));
            Assert.Equal(ConnectionCloseReason.LocalClose, await DocOnlyKit.Within(loop.InvokeAsync(() => connection.CloseReason), "reading CloseReason"));
            Assert.Equal(0, Volatile.Read(ref seen.OffLoop));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // Close: "Closes at once: bytes still buffered here are dropped; the peer gets end of stream" — called from
    // inside onData: no further onData, Closed once with LocalClose, the peer reads end of stream.
    [Fact]
    public async Task Closing_inside_onData_stops_reading_and_the_peer_sees_end_of_stream()
    {
        var seen = new Seen();
        var dataCalls = 0;
        var (loop, listener) = await ServeAsync("r8-close-in-data", accepted => accepted.Start(
            (c, data) =>
            {
                Interlocked.Increment(ref dataCalls);
                c.Close();
            },
            seen.Record));
        try
        {
            using var client = Client(listener);
            client.Send(new byte[1000]);
            var connection = await DocOnlyKit.Within(seen.Closed.Task, "the close from onData");
            try
            {
                client.Send(new byte[1000]);
            }
            catch (SocketException)
            {
                // The server may already have reset a connection that had unread bytes; that is fine here.
            }

            Assert.Equal(0, ReadToEndOrReset(client));
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a later loop turn");
            Assert.Equal(1, Volatile.Read(ref dataCalls));
            Assert.Equal(1, Volatile.Read(ref seen.ClosedCount));
            Assert.Equal(ConnectionCloseReason.LocalClose, await DocOnlyKit.Within(loop.InvokeAsync(() => connection.CloseReason), "reading CloseReason"));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }

        static long ReadToEndOrReset(Socket socket)
        {
            try
            {
                return ReadToEnd(socket);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
            {
                return 0;
            }
        }
    }

    // "Resets: ... a reset from the peer ... closes with RemoteReset."
    [Fact]
    public async Task A_reset_from_the_peer_closes_with_RemoteReset()
    {
        var seen = new Seen();
        var (loop, listener) = await ServeAsync("r8-peer-reset", accepted =>
        {
            accepted.Start((_, _) => { }, seen.Record);
            seen.Started.TrySetResult(accepted);
        });
        try
        {
            var client = Client(listener);
            await DocOnlyKit.Within(seen.Started.Task, "the accept");
            client.LingerState = new LingerOption(true, 0);
            client.Close();
            var connection = await DocOnlyKit.Within(seen.Closed.Task, "the server side to see the reset");
            Assert.Equal(ConnectionCloseReason.RemoteReset, await DocOnlyKit.Within(loop.InvokeAsync(() => connection.CloseReason), "reading CloseReason"));
            Assert.Equal(1, Volatile.Read(ref seen.ClosedCount));
            Assert.Equal(0, Volatile.Read(ref seen.OffLoop));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // "Half-close: ShutdownWrite sends end of stream after every buffered byte; the peer's end of stream arrives as
    // RemoteHalfClosed, and writing goes on. When both directions are shut the connection closes (LocalClose when
    // this side finished last, RemoteClose when the peer did)." This side first: the peer finishes last.
    [Fact]
    public async Task A_half_close_begun_here_and_finished_by_the_peer_closes_with_RemoteClose()
    {
        var seen = new Seen();
        var payload = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        var received = 0L;
        var (loop, listener) = await ServeAsync("r8-half-local-first", accepted =>
        {
            accepted.Start((c, data) => Interlocked.Add(ref received, data.Length), seen.Record);
            accepted.Write(payload);
            accepted.ShutdownWrite();
        });
        try
        {
            using var client = Client(listener);
            Assert.Equal(payload.Length, ReadToEnd(client, payload));
            client.Send(new byte[5000]); // the server keeps reading after its own half-close
            client.Shutdown(SocketShutdown.Send);
            var connection = await DocOnlyKit.Within(seen.Closed.Task, "the connection to close once both sides are shut");
            Assert.Equal(ConnectionCloseReason.RemoteClose, await DocOnlyKit.Within(loop.InvokeAsync(() => connection.CloseReason), "reading CloseReason"));
            Assert.Equal(5000, Volatile.Read(ref received));
            Assert.Equal("Closed", seen.Events.Last());
            Assert.Equal(1, Volatile.Read(ref seen.ClosedCount));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // The peer half-closes first: RemoteHalfClosed, the server still writes its answer, then shuts down; this side
    // finished last, so io.md says LocalClose (see the findings on the enum's wording).
    [Fact]
    public async Task A_half_close_begun_by_the_peer_lets_this_side_answer_and_then_close()
    {
        var seen = new Seen();
        var (loop, listener) = await ServeAsync("r8-half-peer-first", accepted => accepted.Start(
            (_, _) => { },
            (c, e) =>
            {
                seen.Record(c, e);
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    Assert.True(c.Write("answer"u8), "writing goes on after RemoteHalfClosed");
                    c.ShutdownWrite();
                }
            }));
        try
        {
            using var client = Client(listener);
            client.Send("question"u8.ToArray());
            client.Shutdown(SocketShutdown.Send);
            Assert.Equal(6, ReadToEnd(client, "answer"u8.ToArray()));
            var connection = await DocOnlyKit.Within(seen.Closed.Task, "the connection to close");
            var reason = await DocOnlyKit.Within(loop.InvokeAsync(() => connection.CloseReason), "reading CloseReason");
            Assert.Equal(ConnectionCloseReason.LocalClose, reason);
            Assert.Equal(1, Volatile.Read(ref seen.ClosedCount));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // DispatcherOptions.UnhandledExceptionHandler: "Called on the loop thread with each exception a callback ...
    // throws. The loop survives"; onData carries [RunsOnOwningLoop]. A throwing onData must not take the loop or
    // other connections down.
    [Fact]
    public async Task A_throwing_onData_is_reported_on_the_loop_and_other_connections_keep_working()
    {
        var reported = new ConcurrentQueue<(Exception Exception, bool OnLoop)>();
        Dispatcher? loopRef = null;
        var options = new DispatcherOptions { UnhandledExceptionHandler = (d, e) => reported.Enqueue((e, Dispatcher.Current == d && d == loopRef)) };
        var (loop, listener) = await ServeAsync("r8-throw-data", accepted => accepted.Start(
            (c, data) =>
            {
                if (data.Length > 0 && data[0] == (byte)'!')
                {
                    throw new InvalidOperationException("onData boom");
                }

                c.Write(data);
            },
            (_, _) => { }), options);
        loopRef = loop;
        try
        {
            var before = loop.Stats.UnhandledExceptions;
            using var bad = Client(listener);
            bad.Send("!boom"u8.ToArray());
            Round8Kit.Eventually(() => !reported.IsEmpty, "the onData exception to be reported");
            var (exception, onLoop) = Assert.Single(reported);
            Assert.Equal("onData boom", exception.Message);
            Assert.True(onLoop, "the handler runs on the connection's loop");
            Assert.True(loop.Stats.UnhandledExceptions - before >= 1, "the exception is counted in UnhandledExceptions");

            using var good = Client(listener);
            good.Send("echo"u8.ToArray());
            var buffer = new byte[4];
            var got = 0;
            while (got < 4)
            {
                var n = good.Receive(buffer, got, 4 - got, SocketFlags.None);
                Assert.True(n > 0, "the echo connection closed early");
                got += n;
            }

            Assert.Equal("echo"u8.ToArray(), buffer);
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // "Backpressure: AboveHighWatermark when the bytes waiting exceed HighWatermark ..., BelowLowWatermark when
    // they fall to LowWatermark". A reader that reads nothing until the writer is above the mark.
    [Fact]
    public async Task Watermarks_fire_once_each_way_and_every_byte_arrives()
    {
        var seen = new Seen();
        var chunk = Enumerable.Range(0, 16 * 1024).Select(i => (byte)(i * 31 + 1)).ToArray();
        const int Chunks = 1024; // 16 MiB: more than the kernel's loopback buffers take before the writer must buffer
        var maxBuffered = 0L;
        var writtenSeen = 0;
        var above = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var below = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connectionOptions = new ConnectionOptions { HighWatermark = 256 * 1024, LowWatermark = 64 * 1024 };
        var (loop, listener) = await ServeAsync(
            "r8-watermark",
            accepted =>
            {
                var written = 0;
                accepted.Start((_, _) => { }, (c, e) =>
                {
                    seen.Record(c, e);
                    if (e == ConnectionEvent.AboveHighWatermark)
                    {
                        Assert.True(c.IsAboveHighWatermark);
                        above.TrySetResult();
                    }
                    else if (e == ConnectionEvent.BelowLowWatermark)
                    {
                        below.TrySetResult(!c.IsAboveHighWatermark && c.BufferedWriteBytes <= 64 * 1024);
                        while (written < Chunks && !c.IsAboveHighWatermark)
                        {
                            c.Write(chunk);
                            written++;
                            Volatile.Write(ref writtenSeen, written);
                            maxBuffered = Math.Max(maxBuffered, c.BufferedWriteBytes);
                        }

                        if (written >= Chunks)
                        {
                            c.ShutdownWrite();
                        }
                    }
                });
                while (written < Chunks && !accepted.IsAboveHighWatermark)
                {
                    accepted.Write(chunk);
                    written++;
                    Volatile.Write(ref writtenSeen, written);
                    maxBuffered = Math.Max(maxBuffered, accepted.BufferedWriteBytes);
                }
            },
            connection: connectionOptions);
        try
        {
            using var client = Client(listener);
            await DocOnlyKit.Within(above.Task, "AboveHighWatermark with a reader that reads nothing");
            var total = 0L;
            var buffer = new byte[64 * 1024];
            while (true)
            {
                int n;
                try
                {
                    n = client.Receive(buffer);
                }
                catch (SocketException ex)
                {
                    Assert.Fail($"{ex.SocketErrorCode} after {total} bytes; written {Volatile.Read(ref writtenSeen)} chunks; events: {string.Join(", ", seen.Events)}");
                    throw;
                }

                if (n == 0)
                {
                    break;
                }

                for (var i = 0; i < n; i++)
                {
                    if (buffer[i] != chunk[(int)((total + i) % chunk.Length)])
                    {
                        Assert.Fail($"byte {total + i} differs");
                    }
                }

                total += n;
            }

            Assert.Equal((long)Chunks * chunk.Length, total);
            Assert.True(await DocOnlyKit.Within(below.Task, "BelowLowWatermark"), "at BelowLowWatermark the connection reads below the mark");
            Assert.True(maxBuffered <= connectionOptions.HighWatermark + chunk.Length, $"buffered {maxBuffered} bytes, more than the high watermark plus one write");
            var marks = seen.Events.Where(e => e.EndsWith("Watermark", StringComparison.Ordinal)).ToArray();
            for (var i = 0; i < marks.Length; i++)
            {
                Assert.Equal(i % 2 == 0 ? "AboveHighWatermark" : "BelowLowWatermark", marks[i]);
            }
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // ConnectionCloseReason.LoopExited: "The owning loop exited with the connection open"; io.md: at loop exit
    // "every registered event is closed; owners in Weft.Net close their sockets then", and the listener's too.
    [Fact]
    public async Task The_loop_exiting_closes_open_connections_once_on_the_loop_and_the_listener_with_them()
    {
        var seen = new Seen();
        var (loop, listener) = await ServeAsync("r8-loop-exit", accepted =>
        {
            accepted.Start((_, _) => { }, seen.Record);
            seen.Started.TrySetResult(accepted);
        });
        var endPoint = listener.LocalEndPoint;
        using var client = Client(listener);
        var connection = await DocOnlyKit.Within(seen.Started.Task, "the accept");
        await Round8Kit.ExitAsync(loop);

        Assert.True(seen.Closed.Task.IsCompleted, "Closed is delivered before the loop completes its exit");
        Assert.Equal(1, Volatile.Read(ref seen.ClosedCount));
        Assert.Equal(0, Volatile.Read(ref seen.OffLoop));
        Assert.Equal(ConnectionCloseReason.LoopExited, connection.CloseReason);
        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Equal(0, ReadToEnd(client));

        using var late = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = Assert.Throws<SocketException>(() => late.Connect(endPoint));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    // Connection.Connect: "the outcome arrives as Connected or as Closed with ConnectFailed ... (never synchronously
    // from this call)".
    [Fact]
    public async Task A_refused_connect_is_reported_as_ConnectFailed_never_inside_the_Connect_call()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        var loop = Dispatcher.Start("r8-refused");
        var seen = new Seen();
        var insideCall = new ConcurrentQueue<string>();
        try
        {
            await DocOnlyKit.Within(loop.InvokeAsync(() =>
            {
                var returned = false;
                Connection.Connect(loop, new IPEndPoint(IPAddress.Loopback, port), (_, _) => { }, (c, e) =>
                {
                    if (!returned)
                    {
                        insideCall.Enqueue(e.ToString());
                    }

                    seen.Record(c, e);
                });
                returned = true;
            }), "Connect on the loop");
            var connection = await DocOnlyKit.Within(seen.Closed.Task, "the refused connect's outcome");
            Assert.Empty(insideCall);
            Assert.Equal(ConnectionCloseReason.ConnectFailed, await DocOnlyKit.Within(loop.InvokeAsync(() => connection.CloseReason), "reading CloseReason"));
            Assert.Equal(new[] { "Closed" }, seen.Events.ToArray());
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // docs/io.md 7: "A throwing callback is caught: the loop goes on, the exception goes to
    // DispatcherOptions.UnhandledExceptionHandler ... and is counted in DispatcherStats.FileEventFailures and
    // UnhandledExceptions. The event stays registered."
    [Fact]
    public async Task A_throwing_file_event_callback_is_counted_and_the_event_stays_registered()
    {
        var reported = new ConcurrentQueue<Exception>();
        var loop = Dispatcher.Start("r8-fe-throw", new DispatcherOptions { UnhandledExceptionHandler = (_, e) => reported.Enqueue(e) });
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        server.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        server.Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(server.LocalEndPoint!);
        using var accepted = server.Accept();
        var calls = 0;
        var bytes = 0L;
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var before = loop.Stats;
            FileEvent? fileEvent = null;
            await DocOnlyKit.Within(loop.InvokeAsync(() => fileEvent = loop.CreateFileEvent(accepted, _ =>
            {
                var call = Interlocked.Increment(ref calls);
                var buffer = new byte[256];
                while (fileEvent!.Receive(buffer, out var error) is var n && n > 0 && error == SocketError.Success)
                {
                    Interlocked.Add(ref bytes, n);
                }

                if (call == 1)
                {
                    throw new InvalidOperationException("file event boom");
                }

                second.TrySetResult();
            }, FileReadyType.Read)), "registering");

            client.Send(new byte[10]);
            Round8Kit.Eventually(() => !reported.IsEmpty, "the first callback's exception to be reported");
            client.Send(new byte[10]);
            await DocOnlyKit.Within(second.Task, "the event to be delivered again after its callback threw");

            // Read on the loop: it adds a batch's file events to its counters after the batch, so a read from here as
            // soon as the callback signalled could miss the second run.
            var after = await DocOnlyKit.Within(loop.InvokeAsync(() => loop.Stats), "reading the stats on the loop");
            Assert.Equal("file event boom", Assert.Single(reported).Message);
            Assert.Equal(1, after.FileEventFailures - before.FileEventFailures);
            Assert.Equal(1, after.UnhandledExceptions - before.UnhandledExceptions);
            Assert.True(after.FileEventsRun - before.FileEventsRun >= 2);
            Assert.Equal(20, Volatile.Read(ref bytes));
            Assert.False(await DocOnlyKit.Within(loop.InvokeAsync(() => fileEvent!.IsClosed), "reading IsClosed"));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // docs/io.md 8: "Dispose deregisters at once: no callback runs after Dispose returns"; FileEvent.Dispose:
    // "Idempotent; the socket stays open". Disposed from inside its own callback.
    [Fact]
    public async Task A_file_event_disposed_inside_its_callback_gets_no_further_callback_and_its_socket_stays_open()
    {
        var loop = Dispatcher.Start("r8-fe-dispose");
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        server.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        server.Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(server.LocalEndPoint!);
        using var accepted = server.Accept();
        var calls = 0;
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            FileEvent? fileEvent = null;
            await DocOnlyKit.Within(loop.InvokeAsync(() => fileEvent = loop.CreateFileEvent(accepted, _ =>
            {
                Interlocked.Increment(ref calls);
                fileEvent!.Dispose();
                fileEvent.Dispose();
                first.TrySetResult();
            }, FileReadyType.Read | FileReadyType.Write)), "registering");
            await DocOnlyKit.Within(first.Task, "the first callback");
            client.Send(new byte[10]);
            client.Send(new byte[10]);
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a loop turn");
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "another loop turn");
            Assert.Equal(1, Volatile.Read(ref calls));
            Assert.True(fileEvent!.IsClosed);

            // The socket is still open and still holds the bytes nobody read.
            accepted.Blocking = true;
            accepted.ReceiveTimeout = (int)DocOnlyKit.Bound.TotalMilliseconds;
            Assert.True(accepted.Receive(new byte[64]) > 0);
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // docs/io.md 6: "Registering on a loop that is exiting or has exited throws ObjectDisposedException."
    [Fact]
    public async Task Registering_a_file_event_on_an_exiting_loop_throws_ObjectDisposedException()
    {
        var loop = Dispatcher.Start("r8-fe-exiting");
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var thrown = await DocOnlyKit.Within(loop.InvokeAsync<Exception?>(() =>
        {
            loop.Exit();
            try
            {
                loop.CreateFileEvent(socket, _ => { }, FileReadyType.Read);
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }), "registering while exiting");
        Assert.IsType<ObjectDisposedException>(thrown);
        await DocOnlyKit.Within(loop.Completion, "the exit");
    }
}
