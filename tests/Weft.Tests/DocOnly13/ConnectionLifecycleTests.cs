using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>Connection and Listener lifecycles (docs/io.md "Weft.Net", Connection's XML docs), on both backends.</summary>
public sealed class ConnectionLifecycleTests
{
    private static readonly IPEndPoint AnyLoopback = new(IPAddress.Loopback, 0);

    /// <summary>A started loop with a listener on it; accepted connections go to <paramref name="onAccepted"/>.</summary>
    private static async Task<(Dispatcher Loop, Listener Listener)> Serve(DispatcherIoBackend backend, string name, Action<Connection> onAccepted, Action<Dispatcher, Exception>? handler = null)
    {
        var loop = Dispatcher.Start(Kit13.UniqueName(name), new DispatcherOptions { IoBackend = backend, UnhandledExceptionHandler = handler });
        Listener listener = await loop.InvokeAsync(() => Listener.Open(loop, AnyLoopback, onAccepted, new ListenerOptions { ReusePort = false }));
        return (loop, listener);
    }

    private static async Task<Socket> RawClient(IPEndPoint to)
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = (int)Kit13.Bound.TotalMilliseconds };
        // A blocking connect, not ConnectAsync: the runtime completes an asynchronous connect by reading the socket's
        // pending error (SO_ERROR), and a reset the server sends right after its accept can arrive first: the connect
        // then reports success and the reset is gone, so the client reads a plain end of stream (seen with strace:
        // `getsockopt(SO_ERROR) = ECONNRESET` on the client while the server only set SO_LINGER 0 and closed).
        await Kit13.Within(Task.Run(() => client.Connect(to)), "a raw client's connect");
        return client;
    }

    /// <summary>Reads until the peer ends the stream or resets; fails the test if neither happens within the bound.</summary>
    private static (byte[] Data, SocketError End) ReadToEnd(Socket socket)
    {
        var data = new List<byte>();
        var buffer = new byte[4096];
        while (true)
        {
            int n;
            try
            {
                n = socket.Receive(buffer);
            }
            catch (SocketException e)
            {
                Assert.True(e.SocketErrorCode != SocketError.TimedOut, $"the peer neither closed nor reset within {Kit13.Bound.TotalSeconds} s");
                return (data.ToArray(), e.SocketErrorCode);
            }
            if (n == 0)
            {
                return (data.ToArray(), SocketError.Success);
            }
            data.AddRange(buffer.AsSpan(0, n).ToArray());
        }
    }

    // Doc: "A Write on an outbound connection still Connecting is buffered (counted against the watermarks) and sent once
    // it is Connected; if the connect fails or times out, it goes with the connection (Closed, nothing sent)."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Bytes_written_while_connecting_are_sent_once_connected_or_go_with_a_failed_connect(DispatcherIoBackend backend)
    {
        var accepted = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<byte>();
        var gotAll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (loop, listener) = await Serve(backend, "write-connecting", c => c.Start((_, data) =>
        {
            foreach (byte b in data) received.Enqueue(b);
            if (received.Count == 5) gotAll.TrySetResult();
        }, (_, _) => { }));
        try
        {
            IPEndPoint closed;
            using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
            {
                probe.Bind(AnyLoopback);
                closed = (IPEndPoint)probe.LocalEndPoint!;
            }
            var failedClosed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
            var writes = await loop.InvokeAsync(() =>
            {
                Connection good = Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, (_, _) => { });
                bool goodWrite = good.Write(new byte[] { 1, 2, 3, 4, 5 });
                var goodState = (good.State, good.BufferedWriteBytes);
                Connection bad = Connection.Connect(loop, closed, (_, _) => { }, (c, e) => { if (e == ConnectionEvent.Closed) failedClosed.TrySetResult(c.CloseReason); });
                bool badWrite = bad.Write(new byte[] { 9, 9 });
                return (goodWrite, goodState, badWrite);
            });
            Assert.Equal((true, (ConnectionState.Connecting, 5L), true), writes);
            await Kit13.Within(gotAll.Task, "the bytes written while connecting");
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, received);
            Assert.Equal(ConnectionCloseReason.ConnectFailed, await (await Kit13.Within(failedClosed.Task, "the failed connect's close")));
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (Close): "Closes at once ... the peer gets end of stream. Closed is delivered to the event handler before this
    // call returns. Idempotent." Write: "Returns false, writing nothing, once the connection is closed"; "An empty Write
    // returns true and sends nothing"; "Closed ... The last event", "exactly once".
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Close_delivers_Closed_inside_the_call_once_and_later_writes_return_false(DispatcherIoBackend backend)
    {
        var events = new ConcurrentQueue<(ConnectionEvent Event, bool InsideClose)>();
        var started = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool insideClose = false;
        var (loop, listener) = await Serve(backend, "close", c =>
        {
            c.Start((_, _) => { }, (_, e) => events.Enqueue((e, insideClose)));
            started.TrySetResult(c);
        });
        try
        {
            using Socket client = await RawClient(listener.LocalEndPoint);
            Connection server = await (await Kit13.Within(started.Task, "the accepted connection"));
            var result = await loop.InvokeAsync(() =>
            {
                bool empty = server.Write(ReadOnlySpan<byte>.Empty);
                bool data = server.Write(new byte[] { 42 });
                insideClose = true;
                server.Close();
                insideClose = false;
                server.Close();
                bool afterClose = server.Write(new byte[] { 43 });
                return (empty, data, afterClose, server.State, server.CloseReason);
            });
            Assert.Equal((true, true, false, ConnectionState.Closed, ConnectionCloseReason.LocalClose), result);
            Assert.Equal(new[] { (ConnectionEvent.Closed, true) }, events);
            var (bytes, end) = ReadToEnd(client);
            // io.md "Known difference of the portable backend": its plain Close reaches the peer as a reset.
            Assert.Equal(backend == DispatcherIoBackend.Portable ? SocketError.ConnectionReset : SocketError.Success, end);
            Assert.True(bytes.Length <= 1 && (bytes.Length == 0 || bytes[0] == 42), $"the peer read {bytes.Length} bytes");
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (Reset): "Aborts: buffered bytes are dropped and the peer gets a TCP reset. Closed is delivered to the event
    // handler before this call returns."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Reset_delivers_Closed_with_LocalReset_inside_the_call_and_the_peer_sees_a_reset(DispatcherIoBackend backend)
    {
        var events = new ConcurrentQueue<(ConnectionEvent Event, bool InsideReset)>();
        var started = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool insideReset = false;
        var (loop, listener) = await Serve(backend, "reset", c =>
        {
            c.Start((_, _) => { }, (_, e) => events.Enqueue((e, insideReset)));
            started.TrySetResult(c);
        });
        try
        {
            using Socket client = await RawClient(listener.LocalEndPoint);
            Connection server = await (await Kit13.Within(started.Task, "the accepted connection"));
            var reason = await loop.InvokeAsync(() =>
            {
                insideReset = true;
                server.Reset();
                insideReset = false;
                server.Reset();
                return server.CloseReason;
            });
            Assert.Equal(ConnectionCloseReason.LocalReset, reason);
            Assert.Equal(new[] { (ConnectionEvent.Closed, true) }, events);
            Assert.Equal(SocketError.ConnectionReset, ReadToEnd(client).End);
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc: "the peer's end of stream arrives as RemoteHalfClosed, and writing goes on"; a ShutdownWrite "called in the
    // RemoteHalfClosed handler, with nothing left to send" completes the close inside that call ("LocalClose when this
    // side finished last"); onData is "never empty (... a zero-byte send by the peer delivers nothing)".
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task A_peer_half_close_arrives_as_RemoteHalfClosed_and_answering_with_ShutdownWrite_closes_inside_the_call(DispatcherIoBackend backend)
    {
        var log = new ConcurrentQueue<string>();
        var closed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (loop, listener) = await Serve(backend, "half-close", c => c.Start((_, data) => log.Enqueue("data:" + data.Length), (conn, e) =>
        {
            log.Enqueue(e.ToString());
            if (e == ConnectionEvent.RemoteHalfClosed)
            {
                Assert.True(conn.IsRemoteHalfClosed);
                Assert.True(conn.Write(new byte[] { 7, 8 }));
                conn.ShutdownWrite();
                log.Enqueue("after-shutdown:" + conn.State);
            }
            if (e == ConnectionEvent.Closed) closed.TrySetResult(conn.CloseReason);
        }));
        try
        {
            using Socket client = await RawClient(listener.LocalEndPoint);
            client.Send(Array.Empty<byte>());
            client.Send(new byte[] { 1, 2, 3 });
            client.Shutdown(SocketShutdown.Send);
            var (answer, end) = ReadToEnd(client);
            Assert.Equal(SocketError.Success, end);
            Assert.Equal(new byte[] { 7, 8 }, answer);
            Assert.Equal(ConnectionCloseReason.LocalClose, await (await Kit13.Within(closed.Task, "the server side's close")));
            string[] seen = log.ToArray();
            Assert.DoesNotContain("data:0", seen);
            int half = Array.IndexOf(seen, nameof(ConnectionEvent.RemoteHalfClosed));
            Assert.True(half > 0, string.Join(", ", seen));
            Assert.All(seen[..half], s => Assert.StartsWith("data:", s, StringComparison.Ordinal));
            if (seen[half + 1] == nameof(ConnectionEvent.Closed))
            {
                // The close completed inside ShutdownWrite (the two bytes were sent at once): Closed came before it returned.
                Assert.Equal("after-shutdown:Closed", seen[half + 2]);
            }
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc: "one onAccepted throws on is reset, and the exception goes to the loop's UnhandledExceptionHandler (counted in
    // UnhandledExceptions) while the listener goes on accepting"; "one it leaves unstarted is closed and logged".
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task A_throwing_or_neglectful_accept_callback_loses_only_that_connection(DispatcherIoBackend backend)
    {
        var errors = new ConcurrentQueue<Exception>();
        int accepts = 0;
        var thrown = new InvalidOperationException("onAccepted refuses");
        var (loop, listener) = await Serve(backend, "accept-fails", c =>
        {
            switch (++accepts)
            {
                case 1: throw thrown;
                case 2: return;   // left unstarted
                default:
                    c.Start((conn, data) => conn.Write(data), (conn, e) => { if (e == ConnectionEvent.RemoteHalfClosed) conn.ShutdownWrite(); });
                    break;
            }
        }, (_, e) => errors.Enqueue(e));
        try
        {
            using Socket first = await RawClient(listener.LocalEndPoint);
            SocketError firstEnd = ReadToEnd(first).End;
            if (firstEnd != SocketError.ConnectionReset)
            {
                // Diagnose what the peer sent: after a reset a send fails at once; after only a FIN it succeeds.
                string afterEnd;
                try { first.Send(new byte[] { 1 }); afterEnd = "a send after it succeeded (no reset had arrived)"; }
                catch (SocketException e) { afterEnd = "a send after it failed with " + e.SocketErrorCode; }
                Assert.Fail($"the client whose onAccepted threw saw {firstEnd} (end of stream), not a reset; {afterEnd}");
            }
            using Socket second = await RawClient(listener.LocalEndPoint);
            var (secondData, _) = ReadToEnd(second);
            Assert.Empty(secondData);
            using Socket third = await RawClient(listener.LocalEndPoint);
            third.Send(new byte[] { 5, 6 });
            third.Shutdown(SocketShutdown.Send);
            var (echo, end) = ReadToEnd(third);
            Assert.Equal(new byte[] { 5, 6 }, echo);
            Assert.Equal(SocketError.Success, end);

            Assert.Equal(new Exception[] { thrown }, errors);
            DispatcherStats stats = await Kit13.StatsOnLoop(loop);
            Assert.Equal(1, stats.UnhandledExceptions);
            Assert.Equal(3, await loop.InvokeAsync(() => listener.Accepted));
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc: "A bind that fails (a port already taken) throws a SocketException with the runtime's error code and a
    // message that names the address"; Start: "InvalidOperationException: Called twice".
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Binding_a_taken_port_names_the_address_and_starting_a_connection_twice_is_refused(DispatcherIoBackend backend)
    {
        var started = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (loop, listener) = await Serve(backend, "bind-taken", c => { c.Start((_, _) => { }, (_, _) => { }); started.TrySetResult(c); });
        try
        {
            Task<Listener> second = loop.InvokeAsync(() => Listener.Open(loop, listener.LocalEndPoint, _ => { }, new ListenerOptions { ReusePort = false }));
            await Kit13.Within(second, "the second bind");
            var bind = Assert.IsType<SocketException>(second.Exception!.InnerException);
            Assert.Equal(SocketError.AddressAlreadyInUse, bind.SocketErrorCode);
            Assert.Contains(listener.LocalEndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), bind.Message, StringComparison.Ordinal);

            using Socket client = await RawClient(listener.LocalEndPoint);
            Connection server = await (await Kit13.Within(started.Task, "the accepted connection"));
            Task again = loop.InvokeAsync(() => server.Start((_, _) => { }, (_, _) => { }));
            await Kit13.Within(again, "a second Start");
            Assert.IsType<InvalidOperationException>(again.Exception!.InnerException);
        }
        finally
        {
            loop.Dispose();
        }
    }
}
