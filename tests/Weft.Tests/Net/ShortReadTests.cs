using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>
/// One receive per arrival (docs/io.md, rule 1): on epoll a short stream read has drained the socket, so a connection
/// does not receive again just to hear would-block, except where a second look is owed: a hang-up or error reported
/// with the data (end of stream or a reset queued behind it, which no later arrival reports again) and readiness the
/// loop made up itself (an <see cref="FileEvent.Activate"/> after the per-event read budget). Both backends must
/// deliver every byte and the end of stream in those cases; only epoll may skip the would-block receive.
/// </summary>
public abstract class ShortReadTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    protected abstract DispatcherIoBackend Backend { get; }

    [Fact]
    public void Request_response_traffic_costs_one_receive_per_read_event_on_epoll_and_reads_to_would_block_elsewhere()
    {
        using var loop = StartLoop("short-read");
        const int Rounds = 200;
        Connection? served = null;
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted =>
        {
            served = accepted;
            accepted.Start((c, data) => c.Write(data), (_, _) => { });
        }));

        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        peer.Connect(listener.LocalEndPoint);
        peer.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        byte[] request = "ping-0123456789"u8.ToArray();
        byte[] reply = new byte[request.Length];
        for (int i = 0; i < Rounds; i++)
        {
            // Strict ping-pong, and the next ping only once the loop has finished the event that echoed this one:
            // every read event is exactly one short read.
            peer.Send(request);
            ReceiveExactly(peer, reply);
            loop.Flush();
        }

        long wouldBlocks = loop.Invoke(() => served!.ReadinessEvent!.WouldBlockReceives);
        if (Backend == DispatcherIoBackend.Automatic && OperatingSystem.IsLinux())
        {
            // Before: exactly one would-block receive per round (read, forward, read again for EAGAIN).
            Assert.True(wouldBlocks < Rounds / 20, $"{wouldBlocks} would-block receives over {Rounds} read events on epoll: each short read was followed by another receive");
        }
        else
        {
            // Emulated readiness is watched again only after a would-block: every read event ends with one.
            Assert.True(wouldBlocks >= Rounds, $"{wouldBlocks} would-block receives over {Rounds} read events on the portable backend");
        }
    }

    [Fact]
    public void Data_and_end_of_stream_that_arrive_together_deliver_every_byte_and_then_the_half_close()
    {
        byte[] payload = ConnectionTests.Pattern(700, seed: 21);
        (byte[] received, bool halfClosed) = AcceptAfterPeerSentAndShut(payload, new ConnectionOptions());
        Assert.True(payload.AsSpan().SequenceEqual(received), $"{received.Length} of {payload.Length} bytes arrived, or not byte-exact");
        Assert.True(halfClosed, "the end of stream that arrived with the data was not reported");
    }

    [Fact]
    public void A_read_budget_cut_that_the_loop_resumes_itself_still_reads_on_to_the_end_of_stream()
    {
        // 2,500 bytes at 1,000 per event: the event after the budget cut is the loop's own Activate, whose last read
        // (500 of 1,000) is short with the end of stream behind it and no arrival left to report it.
        byte[] payload = ConnectionTests.Pattern(2500, seed: 22);
        (byte[] received, bool halfClosed) = AcceptAfterPeerSentAndShut(payload, new ConnectionOptions { MaxReadBytesPerEvent = 1000 });
        Assert.True(payload.AsSpan().SequenceEqual(received), $"{received.Length} of {payload.Length} bytes arrived, or not byte-exact");
        Assert.True(halfClosed, "the end of stream behind a budget-cut read was not reported");
    }

    [Fact]
    public void A_callback_is_told_a_short_receive_drains_only_for_a_plain_kernel_arrival_on_epoll()
    {
        using var loop = StartLoop("drains");
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(AnyLoopbackPort);
        listening.Listen();
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        peer.Connect(listening.LocalEndPoint!);
        using Socket accepted = listening.Accept();
        using var seen = new BlockingCollection<(FileReadyType Events, bool Drains)>();
        FileEvent? fileEvent = null;
        fileEvent = loop.Invoke(() => loop.CreateFileEvent(accepted, events =>
        {
            seen.Add((events, fileEvent!.ShortReceiveDrains));
            Span<byte> sink = stackalloc byte[64];
            while (fileEvent.Receive(sink, out SocketError error) > 0 && error == SocketError.Success)
            {
            }
        }, FileReadyType.Read));

        peer.Send("x"u8);
        (FileReadyType events, bool drains) = Take(seen, "the arrival's callback");
        Assert.Equal(FileReadyType.Read, events);
        Assert.Equal(Backend == DispatcherIoBackend.Automatic && OperatingSystem.IsLinux(), drains);

        loop.Invoke(() =>
        {
            fileEvent.Activate(FileReadyType.Read);
            return true;
        });
        Assert.False(Take(seen, "the activated callback").Drains, "an activated delivery claimed that a short receive drains");
        Assert.False(loop.Invoke(() => fileEvent.ShortReceiveDrains), "outside a callback a short receive was said to drain");
        loop.Invoke(() =>
        {
            fileEvent.Dispose();
            return true;
        });
    }

    private (byte[] Received, bool HalfClosed) AcceptAfterPeerSentAndShut(byte[] payload, ConnectionOptions options)
    {
        using var loop = StartLoop("together");
        var received = new MemoryStream();
        var halfClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted => accepted.Start(
            (c, data) => received.Write(data),
            (c, e) =>
            {
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    halfClosed.TrySetResult(true);
                }
            }), new ListenerOptions { Connection = options }));

        // The loop is held while the peer connects, sends and shuts down, and until the server's kernel has
        // taken the data and the FIN: the connection then learns of data and end of stream in its first readiness report.
        using var gate = new ManualResetEventSlim();
        using var held = new ManualResetEventSlim();
        loop.Post(() =>
        {
            held.Set();
            gate.Wait(TestWait.Timeout);
        });
        held.Wait("the loop to be held");
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        peer.Connect(listener.LocalEndPoint);
        var client = (IPEndPoint)peer.LocalEndPoint!;
        peer.Send(payload);
        peer.Shutdown(SocketShutdown.Send);
        WaitUntilServerHasFin(client, listener.LocalEndPoint);
        gate.Set();

        bool ended = halfClosed.Task.Result("the half-close after the data");
        return (loop.Invoke(() => received.ToArray()), ended);
    }

    /// <summary>
    /// Linux: waits until the server's side of the connection is in CLOSE_WAIT (state 08 in /proc/net/tcp), i.e. its
    /// kernel has taken the data and the FIN. Elsewhere returns at once (the FIN may or may not have arrived then;
    /// the test stays correct, only weaker).
    /// </summary>
    private static void WaitUntilServerHasFin(IPEndPoint client, IPEndPoint server)
    {
        if (!File.Exists("/proc/net/tcp"))
        {
            return;
        }

        string clientPort = ":" + client.Port.ToString("X4", CultureInfo.InvariantCulture);
        string serverPort = ":" + server.Port.ToString("X4", CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow + TestWait.Timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (string line in File.ReadLines("/proc/net/tcp"))
            {
                string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 3 && fields[1].EndsWith(serverPort, StringComparison.Ordinal) && fields[2].EndsWith(clientPort, StringComparison.Ordinal) && fields[3] == "08")
                {
                    return;
                }
            }

            Thread.Yield();
        }

        throw new TimeoutException($"The server side of {client} -> {server} did not reach CLOSE_WAIT within {TestWait.Timeout.TotalSeconds} s.");
    }

    private static T Take<T>(BlockingCollection<T> items, string what) =>
        items.TryTake(out T? item, TestWait.Timeout) ? item : throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for {what}.");

    private static void ReceiveExactly(Socket socket, byte[] buffer)
    {
        int got = 0;
        while (got < buffer.Length)
        {
            int n = socket.Receive(buffer, got, buffer.Length - got, SocketFlags.None);
            Assert.True(n > 0, "the echo server closed");
            got += n;
        }
    }

    private Dispatcher StartLoop(string name) =>
        Dispatcher.Start($"{name}-{Backend}", new DispatcherOptions { IoBackend = Backend });
}

public sealed class ShortReadTestsOnDefaultBackend : ShortReadTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class ShortReadTestsOnPortableBackend : ShortReadTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}
