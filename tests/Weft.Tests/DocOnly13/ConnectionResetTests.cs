using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>Peer resets and backpressure (docs/io.md "Resets", "A reset while nothing reads", "Backpressure").</summary>
public sealed class ConnectionResetTests
{
    private static readonly IPEndPoint AnyLoopback = new(IPAddress.Loopback, 0);

    private static void ResetFromClient(Socket client)
    {
        client.LingerState = new LingerOption(true, 0);
        client.Close();
    }

    // Doc: "a Write that meets the peer's reset (it then returns false)" delivers Closed from inside that call; "a reset
    // from the peer (or a send into a reset connection) closes with RemoteReset". A manually run loop has not looked at
    // the socket since the reset, so the Write is the first to meet it.
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task A_write_that_meets_the_peers_reset_returns_false_and_delivers_Closed_with_RemoteReset_once(DispatcherIoBackend backend)
    {
        var loop = new Dispatcher(Kit13.UniqueName("write-reset"), new DispatcherOptions { IoBackend = backend });
        Connection? server = null;
        var events = new List<(ConnectionEvent Event, ConnectionCloseReason Reason)>();
        Listener listener = Listener.Open(loop, AnyLoopback, c => { server = c; c.Start((_, _) => { }, (conn, e) => events.Add((e, conn.CloseReason))); }, new ListenerOptions { ReusePort = false });
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        Task connect = client.ConnectAsync(listener.LocalEndPoint);
        Kit13.Pump(loop, () => server != null && connect.IsCompleted, "the accept");
        await connect;
        ResetFromClient(client);

        // The first write may be taken by the kernel before the reset is seen; only a write after it is promised false.
        server!.Write(new byte[] { 1, 2, 3 });
        bool second = server.Write(new byte[] { 4 });
        Kit13.Pump(loop, () => events.Any(e => e.Event == ConnectionEvent.Closed), "the connection to close after the peer's reset");
        for (int i = 0; i < 3; i++) loop.RunOnce();

        Assert.False(second, "a Write after the peer's reset returned true");
        var closes = events.Where(e => e.Event == ConnectionEvent.Closed).ToArray();
        Assert.Single(closes);
        Assert.Equal(ConnectionCloseReason.RemoteReset, closes[0].Reason);
        Assert.Equal(ConnectionEvent.Closed, events[^1].Event);
        listener.Dispose();
        Kit13.ExitManual(loop);
    }

    // Doc ("A reset while nothing reads"): "Once the peer has finished sending, or while reading is paused
    // (SetReadEnabled(false)), nothing reads the socket, so a reset ... would go unnoticed ...: the kernel reports it as
    // an error edge ...; with nothing left to send, such a connection reads the pending socket error then and closes
    // with RemoteReset"; the portable backend polls for it every 10 ms.
    [Theory]
    [InlineData(DispatcherIoBackend.Automatic, false)]
    [InlineData(DispatcherIoBackend.Automatic, true)]
    [InlineData(DispatcherIoBackend.Portable, false)]
    [InlineData(DispatcherIoBackend.Portable, true)]
    public async Task A_peers_reset_after_its_FIN_or_while_reading_is_paused_closes_with_RemoteReset(DispatcherIoBackend backend, bool pauseReading)
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("reset-unread"), new DispatcherOptions { IoBackend = backend });
        try
        {
            var halfClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
            var closed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
            Listener listener = await loop.InvokeAsync(() => Listener.Open(loop, AnyLoopback, c =>
            {
                c.Start((_, _) => { }, (conn, e) =>
                {
                    if (e == ConnectionEvent.RemoteHalfClosed) halfClosed.TrySetResult();
                    if (e == ConnectionEvent.Closed) closed.TrySetResult(conn.CloseReason);
                });
                started.TrySetResult(c);
            }, new ListenerOptions { ReusePort = false }));
            var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await Kit13.Within(client.ConnectAsync(listener.LocalEndPoint), "the client's connect");
            Connection server = await (await Kit13.Within(started.Task, "the accepted connection"));
            if (pauseReading)
            {
                await loop.InvokeAsync(() => server.SetReadEnabled(false));
                client.Send(new byte[] { 1, 2, 3 });
            }
            else
            {
                client.Shutdown(SocketShutdown.Send);
                await Kit13.Within(halfClosed.Task, "RemoteHalfClosed");
            }
            ResetFromClient(client);
            ConnectionCloseReason reason = await (await Kit13.Within(closed.Task, "the close after a reset nobody was reading"));
            Assert.Equal(ConnectionCloseReason.RemoteReset, reason);
            await loop.InvokeAsync(() => listener.Dispose());
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc ("Backpressure"): "AboveHighWatermark when the bytes waiting exceed HighWatermark, BelowLowWatermark when they
    // fall to LowWatermark"; IsAboveHighWatermark "True from AboveHighWatermark until BelowLowWatermark"; every byte
    // arrives.
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Watermark_events_bracket_a_slow_reader_and_every_byte_arrives_in_order(DispatcherIoBackend backend)
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("watermarks"), new DispatcherOptions { IoBackend = backend });
        try
        {
            var events = new ConcurrentQueue<(ConnectionEvent Event, bool Above, long Buffered)>();
            var started = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
            var below = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var options = new ConnectionOptions { HighWatermark = 256 << 10, LowWatermark = 64 << 10 };
            Listener listener = await loop.InvokeAsync(() => Listener.Open(loop, AnyLoopback, c =>
            {
                c.Start((_, _) => { }, (conn, e) =>
                {
                    events.Enqueue((e, conn.IsAboveHighWatermark, conn.BufferedWriteBytes));
                    if (e == ConnectionEvent.BelowLowWatermark) below.TrySetResult();
                });
                started.TrySetResult(c);
            }, new ListenerOptions { ReusePort = false, Connection = options }));
            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 16 << 10 };
            await Kit13.Within(client.ConnectAsync(listener.LocalEndPoint), "the client's connect");
            Connection server = await (await Kit13.Within(started.Task, "the accepted connection"));

            const int Total = 8 << 20;
            var written = await loop.InvokeAsync(() =>
            {
                var chunk = new byte[32 << 10];
                for (int offset = 0; offset < Total; offset += chunk.Length)
                {
                    for (int i = 0; i < chunk.Length; i++) chunk[i] = (byte)((offset + i) % 251);
                    if (!server.Write(chunk)) return false;
                }
                return true;
            });
            Assert.True(written);
            Assert.Contains(events, e => e.Event == ConnectionEvent.AboveHighWatermark);
            var above = events.First(e => e.Event == ConnectionEvent.AboveHighWatermark);
            Assert.True(above.Above && above.Buffered > options.HighWatermark, $"AboveHighWatermark at {above.Buffered} bytes buffered, flag {above.Above}");

            var buffer = new byte[64 << 10];
            long read = 0;
            while (read < Total)
            {
                int n = client.Receive(buffer);
                Assert.True(n > 0, $"the stream ended after {read} of {Total} bytes");
                for (int i = 0; i < n; i++)
                {
                    Assert.True(buffer[i] == (byte)((read + i) % 251), $"byte {read + i} differs");
                }
                read += n;
            }
            await Kit13.Within(below.Task, "BelowLowWatermark");
            var low = events.First(e => e.Event == ConnectionEvent.BelowLowWatermark);
            Assert.True(!low.Above && low.Buffered <= options.LowWatermark, $"BelowLowWatermark at {low.Buffered} bytes buffered, flag {low.Above}");
            var order = events.Select(e => e.Event).Where(e => e is ConnectionEvent.AboveHighWatermark or ConnectionEvent.BelowLowWatermark).ToArray();
            for (int i = 0; i < order.Length; i++)
            {
                Assert.Equal(i % 2 == 0 ? ConnectionEvent.AboveHighWatermark : ConnectionEvent.BelowLowWatermark, order[i]);
            }
            await loop.InvokeAsync(() => { server.Close(); listener.Dispose(); });
        }
        finally
        {
            loop.Dispose();
        }
    }
}
