using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocContract.Io;

/// <summary>
/// docs/io.md "Weft.Net: listeners and connections on the loop" and the XML docs of <see cref="Connection"/>,
/// <see cref="Listener"/> and <see cref="ConnectionOptions"/>, on loopback, on each backend.
/// </summary>
public abstract class ConnectionContractTests
{
    private const int Megabyte = 1 << 20;

    private protected abstract DispatcherIoBackend Backend { get; }

    private Task<IoLoop> StartLoopAsync(string role) => IoLoop.StartAsync(Backend, $"net-doc-{role}-{Backend}");

    private static bool Same(byte[] expected, byte[] actual) => expected.AsSpan().SequenceEqual(actual);

    private static async Task<(Connection Connection, ConnectionProbe Probe, Socket Peer)> ConnectToDotNetPeerAsync(IoLoop loop, DotNetPeer peer, ConnectionOptions? options = null, Action<ConnectionProbe>? configure = null)
    {
        var probe = new ConnectionProbe(loop, "client");
        configure?.Invoke(probe);
        Connection connection = await loop.On(() => Connection.Connect(loop.Dispatcher, peer.EndPoint, probe.OnData, probe.OnEvent, options), "Connection.Connect on the loop");
        Socket accepted = await peer.AcceptAsync();
        await probe.Connected;
        return (connection, probe, accepted);
    }

    // "Every callback (onAccepted, onData, onEvent ...) carries [RunsOnOwningLoop]" / Tests in issue 12: "1 MB byte-exact
    // both ways". A Weft client on one loop, a Weft echo listener on another.
    [Fact]
    public async Task A_megabyte_each_way_through_a_weft_listener_and_a_weft_client_is_byte_exact_with_every_callback_on_its_loop()
    {
        const int seed = 1210;
        await using IoLoop serverLoop = await StartLoopAsync("server");
        await using IoLoop clientLoop = await StartLoopAsync("client");
        var serverProbe = new ConnectionProbe(serverLoop, "echo server");
        serverProbe.EventReceived = (connection, e) =>
        {
            if (e == ConnectionEvent.RemoteHalfClosed)
            {
                connection.ShutdownWrite();
            }
        };
        ConnectionDataHandler echo = (connection, data) =>
        {
            serverProbe.OnData(connection, data);
            Assert.True(connection.Write(data), "the echo's Write was refused");
        };
        Listener listener = await serverLoop.On(
            () => Listener.Open(serverLoop.Dispatcher, new IPEndPoint(IPAddress.Loopback, 0), connection =>
            {
                serverLoop.AssertOnLoop("onAccepted");
                connection.Start(echo, serverProbe.OnEvent);
            }),
            "Listener.Open on the server loop");

        var client = new ConnectionProbe(clientLoop, "client");
        byte[] payload = LoopbackSockets.Payload(seed, Megabyte);
        Connection connection = await clientLoop.On(() => Connection.Connect(clientLoop.Dispatcher, listener.LocalEndPoint, client.OnData, client.OnEvent), "Connection.Connect on the client loop");
        await client.Connected;
        await clientLoop.On(
            () =>
            {
                for (int offset = 0; offset < payload.Length; offset += 100_000)
                {
                    Assert.True(connection.Write(payload.AsSpan(offset, Math.Min(100_000, payload.Length - offset))), "Write refused on an open connection");
                }

                connection.ShutdownWrite();
            },
            "writing 1 MiB and half-closing");

        // The server's end of stream reaches a client that already shut its own side as Closed (RemoteClose) without a
        // RemoteHalfClosed first ("this side may still write" no longer applies); listed as an ambiguity in the report.
        await client.Closed;
        await serverProbe.Closed;
        byte[] echoed = await client.ReceivedAsync();
        Assert.True(payload.AsSpan().SequenceEqual(echoed), $"the client read {echoed.Length} bytes back; content differs or is cut (seed {seed})");
        byte[] atServer = await serverProbe.ReceivedAsync();
        Assert.True(payload.AsSpan().SequenceEqual(atServer), $"the server read {atServer.Length} bytes; content differs or is cut (seed {seed})");
        Assert.Equal(1, await serverLoop.On(() => listener.Accepted, "reading Accepted"));
        await serverLoop.On(listener.Dispose, "closing the listener");
        serverLoop.AssertEveryCallbackOnLoop();
        clientLoop.AssertEveryCallbackOnLoop();
        Assert.Empty(client.Violations.Concat(serverProbe.Violations));
        Assert.Empty(serverLoop.Unhandled.Concat(clientLoop.Unhandled));
    }

    // "Half-close: ShutdownWrite sends end of stream after every buffered byte; ... writing goes on. When both
    // directions are shut the connection closes (LocalClose when this side finished last, RemoteClose when the peer did)."
    [Fact]
    public async Task This_side_half_closes_first_every_byte_then_end_of_stream_the_peer_answers_and_finishing_it_is_RemoteClose()
    {
        const int seed = 1211;
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var (connection, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer);
        using Socket peer = peerSocket;

        byte[] up = LoopbackSockets.Payload(seed, Megabyte);
        await loop.On(() => { connection.Write(up); connection.ShutdownWrite(); }, "writing 1 MiB then ShutdownWrite");
        var (reset, atPeer) = await LoopbackSockets.ReadToEndAsync(peer, "the peer reading until end of stream");
        Assert.False(reset, "the peer saw a reset after ShutdownWrite");
        Assert.True(up.AsSpan().SequenceEqual(atPeer), $"the peer got {atPeer.Length} bytes before end of stream; content differs or is cut (seed {seed})");
        Assert.False(await loop.On(() => connection.Write([1]), "writing after ShutdownWrite"), "Write after ShutdownWrite returned true");

        byte[] down = LoopbackSockets.Payload(seed + 1, Megabyte);
        await LoopbackSockets.SendAllAsync(peer, down, "the peer answering after this side's end of stream");
        await probe.BytesAsync(down.Length, "the answer after this side's half-close");
        Assert.False(probe.HasClosed, "the connection closed while the peer could still send");
        peer.Shutdown(SocketShutdown.Send);

        ConnectionCloseReason reason = await probe.Closed;
        Assert.True(Same(down, await probe.ReceivedAsync()), $"bytes read after the half-close differ (seed {seed + 1})");
        Assert.True(reason == ConnectionCloseReason.RemoteClose, $"this side shut first and the peer finished last: expected RemoteClose, got {reason}");
        Assert.Equal(ConnectionEvent.Closed, (await probe.EventsAsync()).Last());
        Assert.Empty(probe.Violations);
        loop.AssertEveryCallbackOnLoop();
    }

    [Fact]
    public async Task The_peer_half_closes_first_RemoteHalfClosed_after_every_byte_writing_goes_on_and_finishing_it_is_LocalClose()
    {
        const int seed = 1212;
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var (connection, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer);
        using Socket peer = peerSocket;

        byte[] down = LoopbackSockets.Payload(seed, Megabyte);
        await LoopbackSockets.SendAllAsync(peer, down, "the peer's 1 MiB");
        peer.Shutdown(SocketShutdown.Send);
        await probe.RemoteHalfClosed;
        Assert.True(Same(down, await probe.ReceivedAsync()), $"bytes read before RemoteHalfClosed differ or are cut (seed {seed})");
        Assert.True(await loop.On(() => connection.IsRemoteHalfClosed, "reading IsRemoteHalfClosed"));

        byte[] up = LoopbackSockets.Payload(seed + 1, Megabyte);
        Assert.True(await loop.On(() => connection.Write(up), "writing after the peer's end of stream"), "Write refused after the peer half-closed");
        await loop.On(connection.ShutdownWrite, "ShutdownWrite");
        var (reset, atPeer) = await LoopbackSockets.ReadToEndAsync(peer, "the peer reading this side's answer");
        Assert.False(reset, "the peer saw a reset");
        Assert.True(up.AsSpan().SequenceEqual(atPeer), $"the peer got {atPeer.Length} bytes; content differs or is cut (seed {seed + 1})");

        ConnectionCloseReason reason = await probe.Closed;
        Assert.True(reason == ConnectionCloseReason.LocalClose, $"the peer shut first and this side finished last: expected LocalClose, got {reason}");
        Assert.Empty(probe.Violations);
        loop.AssertEveryCallbackOnLoop();
    }

    // "Resets: Reset closes with linger 0 (the peer gets RST); a reset from the peer ... closes with RemoteReset."
    [Fact]
    public async Task Reset_gives_the_peer_a_reset_and_closes_with_LocalReset()
    {
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var (connection, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer);
        using Socket peer = peerSocket;

        await loop.On(() => { connection.Write(new byte[100_000]); connection.Reset(); }, "writing then Reset");
        var (reset, _) = await LoopbackSockets.ReadToEndAsync(peer, "the peer after Reset");
        Assert.True(reset, "the peer saw end of stream, not a reset");
        Assert.Equal(ConnectionCloseReason.LocalReset, await probe.Closed);
        Assert.Equal(ConnectionState.Closed, await loop.On(() => connection.State, "reading State"));
        Assert.False(await loop.On(() => connection.Write([1]), "writing after Reset"), "Write after Reset returned true");
        await loop.On(() => { connection.Reset(); connection.Close(); }, "Reset and Close again (idempotent)");
        Assert.Single(await probe.EventsAsync(), e => e == ConnectionEvent.Closed);
        Assert.Empty(probe.Violations);
    }

    [Fact]
    public async Task A_reset_from_the_peer_closes_with_RemoteReset()
    {
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var (_, probe, peer) = await ConnectToDotNetPeerAsync(loop, dotNetPeer);

        peer.LingerState = new LingerOption(true, 0);
        peer.Dispose();

        Assert.Equal(ConnectionCloseReason.RemoteReset, await probe.Closed);
        Assert.Empty(probe.Violations);
        loop.AssertEveryCallbackOnLoop();
    }

    // "Write copies what the socket does not take at once into 16 KiB chunks from the worker's pool, returned when sent":
    // everything written reaches a reader that starts late.
    [Fact]
    public async Task A_large_write_to_a_reader_that_starts_late_is_delivered_whole()
    {
        const int seed = 1215;
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var (connection, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer);
        using Socket peer = peerSocket;
        byte[] payload = LoopbackSockets.Payload(seed, 8 * Megabyte);

        await loop.On(() => connection.Write(payload), "writing 8 MiB at once");
        Assert.True(await loop.On(() => connection.BufferedWriteBytes, "reading") > 0, "the socket took 8 MiB at once: the test did not exercise buffered writes");
        byte[] got = await LoopbackSockets.ReadExactlyAsync(peer, payload.Length, $"the late reader (seed {seed})");
        Assert.True(payload.AsSpan().SequenceEqual(got), $"bytes differ (seed {seed})");
        await Bounded.Until(async () => await loop.On(() => connection.BufferedWriteBytes == 0, "reading"), "the send buffer to empty");
        await loop.On(connection.Close, "closing");
        Assert.Empty(probe.Violations);
    }

    // "Backpressure: AboveHighWatermark when the bytes waiting exceed HighWatermark ..., BelowLowWatermark when they fall
    // to LowWatermark" — a producer that stops on AboveHighWatermark and resumes on BelowLowWatermark holds at most the
    // high watermark plus one write, against a reader that reads only later.
    [Fact]
    public async Task A_producer_that_obeys_the_watermarks_keeps_its_buffer_under_the_high_watermark_against_a_slow_reader()
    {
        const int seed = 1213;
        const int high = 256 << 10;
        const int low = 64 << 10;
        const int write = 16 << 10;
        const int total = 8 * Megabyte;
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        byte[] payload = LoopbackSockets.Payload(seed, total);
        int produced = 0;
        long maxBuffered = 0;
        int aboveEvents = 0;
        int belowEvents = 0;
        long bufferedAtBelow = long.MaxValue;
        void Produce(Connection connection)
        {
            while (produced < total && !connection.IsAboveHighWatermark)
            {
                int size = Math.Min(write, total - produced);
                Assert.True(connection.Write(payload.AsSpan(produced, size)), "Write refused");
                produced += size;
                maxBuffered = Math.Max(maxBuffered, connection.BufferedWriteBytes);
            }

            if (produced == total)
            {
                connection.ShutdownWrite();
            }
        }

        var options = new ConnectionOptions { HighWatermark = high, LowWatermark = low };
        var (connection, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer, options, p => p.EventReceived = (c, e) =>
        {
            if (e == ConnectionEvent.AboveHighWatermark)
            {
                aboveEvents++;
            }
            else if (e == ConnectionEvent.BelowLowWatermark)
            {
                belowEvents++;
                bufferedAtBelow = Math.Min(bufferedAtBelow, c.BufferedWriteBytes);
                Produce(c);
            }
        });
        using Socket peer = peerSocket;

        await loop.On(() => Produce(connection), "producing until the high watermark");
        Assert.True(await loop.On(() => connection.IsAboveHighWatermark, "reading"), $"produced {produced} bytes to a peer that does not read without reaching the {high}-byte high watermark");
        Assert.Equal(1, await loop.On(() => aboveEvents, "reading"));

        Task<byte[]> reading = LoopbackSockets.ReadExactlyAsync(peer, total, $"the peer reading {total} bytes, late (seed {seed})");
        try
        {
            await reading;
        }
        catch (Exception ex)
        {
            var state = await loop.On(() => (produced, connection.BufferedWriteBytes, belowEvents, connection.State), "reading the producer's state");
            Assert.Fail($"{ex.Message}; produced {state.produced}, buffered {state.BufferedWriteBytes}, BelowLowWatermark events {state.belowEvents}, state {state.State}");
        }

        byte[] got = await reading;
        Assert.True(payload.AsSpan().SequenceEqual(got), $"bytes differ (seed {seed})");
        var (maxSeen, belows, atBelow) = await loop.On(() => (maxBuffered, belowEvents, bufferedAtBelow), "reading");
        Assert.True(maxSeen <= high + write, $"{maxSeen} bytes were buffered at most; the high watermark is {high} and one write {write}");
        Assert.True(belows >= 1, "BelowLowWatermark never fired while the reader drained");
        Assert.True(atBelow <= low, $"BelowLowWatermark fired with {atBelow} bytes buffered, above the {low}-byte low watermark");
        Assert.Empty(probe.Violations);
    }

    // "SetReadEnabled(false) stops reading (the peer's sends then block on TCP's window)"; re-enabled, the buffered data
    // arrives (file-event contract 3).
    [Fact]
    public async Task Reading_disabled_delivers_nothing_and_re_enabled_delivers_what_waited()
    {
        const int seed = 1214;
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var (connection, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer, configure: p => p.EventReceived = (c, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                c.SetReadEnabled(false);
            }
        });
        using Socket peer = peerSocket;

        byte[] payload = LoopbackSockets.Payload(seed, 100_000);
        await LoopbackSockets.SendAllAsync(peer, payload, "the peer sending while reading is disabled");
        await loop.RoundTripsAsync(30);
        Assert.Equal(0, await probe.ReceivedCountAsync());

        await loop.On(() => connection.SetReadEnabled(true), "re-enabling reading");
        await probe.BytesAsync(payload.Length, "the bytes that waited");
        Assert.True(Same(payload, await probe.ReceivedAsync()), $"bytes differ (seed {seed})");
        await loop.On(connection.Close, "closing");
    }

    // ConnectTimeout: "An outbound connection did not complete within ConnectTimeout"; "connect and idle timeouts
    // measured on the loop".
    [Fact]
    public async Task A_connect_that_is_never_answered_closes_with_ConnectTimeout_not_before_the_timeout()
    {
        await using IoLoop loop = await StartLoopAsync("client");
        using var blackhole = new Blackhole();
        var probe = new ConnectionProbe(loop, "client");
        TimeSpan timeout = TimeSpan.FromMilliseconds(300);
        var clock = Stopwatch.StartNew();
        Connection connection = await loop.On(() => Connection.Connect(loop.Dispatcher, blackhole.EndPoint, probe.OnData, probe.OnEvent, new ConnectionOptions { ConnectTimeout = timeout }), "Connection.Connect to a blackhole");

        ConnectionCloseReason reason = await probe.Closed;
        TimeSpan took = clock.Elapsed;
        Assert.Equal(ConnectionCloseReason.ConnectTimeout, reason);
        Assert.True(took >= timeout - TimeSpan.FromMilliseconds(5), $"ConnectTimeout after {took.TotalMilliseconds:F0} ms, before the {timeout.TotalMilliseconds} ms timeout");
        Assert.DoesNotContain(ConnectionEvent.Connected, await probe.EventsAsync());
        Assert.Equal(ConnectionState.Closed, await loop.On(() => connection.State, "reading State"));
    }

    [Fact]
    public async Task A_refused_connect_closes_with_ConnectFailed_and_names_the_error()
    {
        await using IoLoop loop = await StartLoopAsync("client");
        var probe = new ConnectionProbe(loop, "client");
        IPEndPoint closed;
        using (var probeSocket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probeSocket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            closed = (IPEndPoint)probeSocket.LocalEndPoint!;
        }

        Connection connection = await loop.On(() => Connection.Connect(loop.Dispatcher, closed, probe.OnData, probe.OnEvent), "Connection.Connect to a closed port");
        Assert.Equal(ConnectionCloseReason.ConnectFailed, await probe.Closed);
        Assert.Equal(SocketError.ConnectionRefused, await loop.On(() => connection.LastError, "reading LastError"));
    }

    // IdleTimeout: "Close after this long without a byte moving either way".
    [Fact]
    public async Task An_idle_connection_closes_with_IdleTimeout_not_before_the_timeout()
    {
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        // Long enough that a loaded machine cannot idle the connection out before the peer's byte is sent.
        TimeSpan idle = TimeSpan.FromSeconds(2);
        var (_, probe, peerSocket) = await ConnectToDotNetPeerAsync(loop, dotNetPeer, new ConnectionOptions { IdleTimeout = idle });
        using Socket peer = peerSocket;
        await LoopbackSockets.SendAllAsync(peer, [1], "the last byte");
        await probe.BytesAsync(1, "the last byte");

        ConnectionCloseReason reason = await probe.Closed;
        Assert.Equal(ConnectionCloseReason.IdleTimeout, reason);
        // Measured on the loop, from the onData that delivered the byte to Closed: the test thread sees the byte by polling,
        // late by however long a loaded CI machine keeps it waiting (a stopwatch started there once read 1357 ms). The loop
        // stamps activity at the start of the iteration that ran onData, so "not before" allows one descheduled iteration.
        TimeSpan took = await probe.LastDataToClosedAsync();
        Assert.True(took >= idle - TimeSpan.FromMilliseconds(50), $"IdleTimeout {took.TotalMilliseconds:F0} ms after the last byte, before the {idle.TotalMilliseconds} ms timeout");
        await LoopbackSockets.ReadToEndAsync(peer, "the peer after the idle close"); // end of stream, or a reset on the portable backend (documented)
    }

    // "Called off dispatcher's thread" → InvalidOperationException, for Listener.Open and Connection.Connect.
    [Fact]
    public async Task Opening_a_listener_or_connecting_off_the_loop_is_refused()
    {
        await using IoLoop loop = await StartLoopAsync("client");
        using var dotNetPeer = new DotNetPeer();
        var probe = new ConnectionProbe(loop, "client");
        Assert.Throws<InvalidOperationException>(() => Listener.Open(loop.Dispatcher, new IPEndPoint(IPAddress.Loopback, 0), _ => { }));
        Assert.Throws<InvalidOperationException>(() => Connection.Connect(loop.Dispatcher, dotNetPeer.EndPoint, probe.OnData, probe.OnEvent));
    }

    // "onAccepted runs on that loop and must Start (or close) the connection; one it leaves unstarted is closed and logged."
    [Fact]
    public async Task A_connection_onAccepted_leaves_unstarted_is_closed()
    {
        await using IoLoop loop = await StartLoopAsync("server");
        var accepted = new LoopCounter();
        Listener listener = await loop.On(() => Listener.Open(loop.Dispatcher, new IPEndPoint(IPAddress.Loopback, 0), _ => { loop.AssertOnLoop("onAccepted"); accepted.Increment(); }), "Listener.Open");
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Bounded.Within(client.ConnectAsync(listener.LocalEndPoint), "connecting to the listener");
        await accepted.AtLeastAsync(1, "onAccepted");

        await LoopbackSockets.ReadToEndAsync(client, "a client whose connection was left unstarted");
        await loop.On(listener.Dispose, "closing the listener");
        loop.AssertEveryCallbackOnLoop();
    }

    [Fact]
    public void The_option_defaults_are_the_documented_ones()
    {
        var connection = new ConnectionOptions();
        Assert.Equal(1 << 20, connection.HighWatermark);
        Assert.Equal(512 << 10, connection.LowWatermark);
        Assert.Equal(TimeSpan.FromSeconds(10), connection.ConnectTimeout);
        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, connection.IdleTimeout);
        var listener = new ListenerOptions();
        Assert.True(listener.ReusePort);
        Assert.Equal(64, listener.MaxAcceptsPerEvent);
        Assert.Equal(1024, listener.Backlog);
    }
}

public sealed class ConnectionContractEpollTests : ConnectionContractTests
{
    private protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class ConnectionContractPortableTests : ConnectionContractTests
{
    private protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}
