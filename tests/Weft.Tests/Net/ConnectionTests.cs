using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Tests.Watchdog;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>Connections and listeners over loopback, once per backend (subclasses at the end).</summary>
public abstract class ConnectionTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    protected abstract DispatcherIoBackend Backend { get; }

    [Fact]
    public void One_megabyte_goes_out_and_comes_back_byte_exact_and_a_client_half_close_ends_both_sides()
    {
        using var server = StartLoop("server");
        using var client = StartLoop("client");
        byte[] payload = Pattern(1 << 20, seed: 12);
        var serverClosed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clientClosed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        var echoed = new MemoryStream();
        bool offLoop = false;

        Listener listener = server.Invoke(() => Listener.Open(server, AnyLoopbackPort, accepted => accepted.Start(
            (c, data) =>
            {
                offLoop |= Dispatcher.Current != server;
                c.Write(data);
            },
            (c, e) =>
            {
                offLoop |= Dispatcher.Current != server;
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.ShutdownWrite();
                }
                else if (e == ConnectionEvent.Closed)
                {
                    serverClosed.TrySetResult(c.CloseReason);
                }
            })));

        client.Invoke(() => Connection.Connect(client, listener.LocalEndPoint,
            (c, data) =>
            {
                offLoop |= Dispatcher.Current != client;
                echoed.Write(data);
            },
            (c, e) =>
            {
                offLoop |= Dispatcher.Current != client;
                if (e == ConnectionEvent.Connected)
                {
                    for (int offset = 0; offset < payload.Length; offset += 50_000)
                    {
                        Assert.True(c.Write(payload.AsSpan(offset, Math.Min(50_000, payload.Length - offset))));
                    }

                    c.ShutdownWrite();
                }
                else if (e == ConnectionEvent.Closed)
                {
                    clientClosed.TrySetResult(c.CloseReason);
                }
            }));

        Assert.Equal(ConnectionCloseReason.LocalClose, serverClosed.Task.Result("the server side to close"));
        Assert.Equal(ConnectionCloseReason.RemoteClose, clientClosed.Task.Result("the client side to close"));
        Assert.True(payload.AsSpan().SequenceEqual(client.Invoke(() => echoed.ToArray())), "the echoed bytes differ");
        Assert.False(offLoop, "a connection callback ran off its owning loop");
    }

    [Fact]
    public void A_server_half_close_delivers_its_bytes_then_end_of_stream_and_the_client_can_still_answer()
    {
        using var loop = StartLoop("half");
        var serverGot = new MemoryStream();
        var clientGot = new MemoryStream();
        var events = new List<string>();
        using var bothClosed = new CountdownEvent(2);

        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted =>
        {
            accepted.Start((c, data) => serverGot.Write(data), (c, e) =>
            {
                events.Add($"server {e}");
                if (e == ConnectionEvent.Closed)
                {
                    events.Add($"server closed {c.CloseReason}");
                    bothClosed.Signal();
                }
            });
            accepted.Write("hello"u8);
            accepted.ShutdownWrite();
            Assert.False(accepted.Write("late"u8), "a write after ShutdownWrite was accepted");
        }));

        loop.Invoke(() => Connection.Connect(loop, listener.LocalEndPoint, (c, data) => clientGot.Write(data), (c, e) =>
        {
            events.Add($"client {e}");
            if (e == ConnectionEvent.RemoteHalfClosed)
            {
                // The peer finished sending; this side's sending side is still open.
                Assert.True(c.Write("bye"u8));
                c.ShutdownWrite();
            }
            else if (e == ConnectionEvent.Closed)
            {
                events.Add($"client closed {c.CloseReason}");
                bothClosed.Signal();
            }
        }));

        bothClosed.Wait("both sides of the half-closed connection to close");
        List<string> seen = loop.Invoke(() => events.ToList());
        Assert.Equal("hello", System.Text.Encoding.ASCII.GetString(loop.Invoke(() => clientGot.ToArray())));
        Assert.Equal("bye", System.Text.Encoding.ASCII.GetString(loop.Invoke(() => serverGot.ToArray())));
        Assert.Contains("client RemoteHalfClosed", seen);
        Assert.Contains("client closed LocalClose", seen);
        Assert.Contains("server closed RemoteClose", seen);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_reset_on_one_side_reaches_the_other_as_a_remote_reset(bool clientResets)
    {
        using var loop = StartLoop("reset");
        var serverClosed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clientClosed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        Connection? serverSide = null;
        Connection? clientSide = null;
        using var bothOpen = new CountdownEvent(2);

        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted =>
        {
            serverSide = accepted;
            accepted.Start((_, _) => { }, (c, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    serverClosed.TrySetResult(c.CloseReason);
                }
            });
            bothOpen.Signal();
        }));
        loop.Invoke(() => clientSide = Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, (c, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                bothOpen.Signal();
            }
            else if (e == ConnectionEvent.Closed)
            {
                clientClosed.TrySetResult(c.CloseReason);
            }
        }));
        bothOpen.Wait("both sides to be open");

        loop.Invoke(() =>
        {
            (clientResets ? clientSide : serverSide)!.Reset();
            return true;
        });

        Assert.Equal(clientResets ? ConnectionCloseReason.LocalReset : ConnectionCloseReason.RemoteReset, clientClosed.Task.Result("the client to close"));
        Assert.Equal(clientResets ? ConnectionCloseReason.RemoteReset : ConnectionCloseReason.LocalReset, serverClosed.Task.Result("the server to close"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    public void A_peers_reset_while_reading_is_paused_closes_the_connection_as_a_remote_reset(int bytesBeforeReset)
    {
        // A proxy pauses reading one side while the other side's reader is slow: a reset from the paused side must
        // still close it (and so reach the slow reader), although no read is there to see it.
        using var loop = StartLoop("paused-reset");
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        upstream.Bind(AnyLoopbackPort);
        upstream.Listen(4);
        var paused = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        long received = 0;
        loop.Invoke(() => Connection.Connect(loop, upstream.LocalEndPoint!, (_, data) => received += data.Length, (c, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                c.SetReadEnabled(false);
                paused.TrySetResult(true);
            }
            else if (e == ConnectionEvent.Closed)
            {
                closed.TrySetResult(c.CloseReason);
            }
        }));
        using Socket peer = upstream.Accept();
        paused.Task.Result("the connection to pause reading");
        if (bytesBeforeReset > 0)
        {
            peer.Send(Pattern(bytesBeforeReset, seed: 17));
        }

        peer.LingerState = new LingerOption(true, 0);
        peer.Close();

        Assert.Equal(ConnectionCloseReason.RemoteReset, closed.Task.Result("the reset while reading was paused"));
        Assert.Equal(0, loop.Invoke(() => received));
    }

    [Fact]
    public void A_slow_reader_holds_the_writer_under_its_high_watermark_and_every_byte_arrives()
    {
        const int HighWatermark = 64 << 10;
        const int LowWatermark = 16 << 10;
        const int WriteSize = 16 << 10;
        const long Total = 32L << 20;
        using var loop = StartLoop("watermark");
        using var aboveHigh = new ManualResetEventSlim();
        byte[] block = Pattern(WriteSize, seed: 3);
        long produced = 0;
        long maxBuffered = 0;
        int highs = 0;
        int lows = 0;

        void Pump(Connection c)
        {
            while (!c.IsAboveHighWatermark && produced < Total && c.State == ConnectionState.Open)
            {
                c.Write(block);
                produced += block.Length;
                maxBuffered = Math.Max(maxBuffered, c.BufferedWriteBytes);
            }

            if (produced == Total)
            {
                c.ShutdownWrite();
            }
        }

        var options = new ListenerOptions { Connection = new ConnectionOptions { HighWatermark = HighWatermark, LowWatermark = LowWatermark } };
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted =>
        {
            accepted.Start((_, _) => { }, (c, e) =>
            {
                if (e == ConnectionEvent.AboveHighWatermark)
                {
                    highs++;
                    aboveHigh.Set();
                }
                else if (e == ConnectionEvent.BelowLowWatermark)
                {
                    lows++;
                    Pump(c);
                }
            });
            Pump(accepted);
        }, options));

        using var reader = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        reader.Connect(listener.LocalEndPoint);
        // Read nothing until the writer has filled the kernel's buffers and its own up to the high watermark.
        aboveHigh.Wait("the writer to pass its high watermark");
        reader.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        byte[] buffer = new byte[4096];
        long received = 0;
        long mismatches = 0;
        while (true)
        {
            int n = reader.Receive(buffer);
            if (n == 0)
            {
                break;
            }

            for (int i = 0; i < n; i++)
            {
                mismatches += buffer[i] == block[(int)((received + i) % WriteSize)] ? 0 : 1;
            }

            received += n;
        }

        Assert.Equal(Total, received);
        Assert.Equal(0, mismatches);
        (long max, int highCount, int lowCount) = loop.Invoke(() => (maxBuffered, highs, lows));
        Assert.True(highCount >= 1 && lowCount >= 1, $"{highCount} high and {lowCount} low watermark events: backpressure never engaged");
        Assert.True(max <= HighWatermark + WriteSize, $"{max} bytes buffered, above the high watermark {HighWatermark} plus one write");
    }

    [Fact]
    public void An_idle_connection_is_closed_by_its_idle_timer_on_its_loop()
    {
        using var loop = StartLoop("idle");
        var closed = new TaskCompletionSource<(ConnectionCloseReason, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ListenerOptions { Connection = new ConnectionOptions { IdleTimeout = TimeSpan.FromMilliseconds(50) } };
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted => accepted.Start((_, _) => { }, (c, e) =>
        {
            if (e == ConnectionEvent.Closed)
            {
                closed.TrySetResult((c.CloseReason, Dispatcher.Current == loop));
            }
        }), options));
        using var idlePeer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        idlePeer.Connect(listener.LocalEndPoint);

        (ConnectionCloseReason reason, bool onLoop) = closed.Task.Result("the idle timeout");
        Assert.Equal(ConnectionCloseReason.IdleTimeout, reason);
        Assert.True(onLoop, "the idle timeout ran off the connection's loop");
        idlePeer.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        if (Backend == DispatcherIoBackend.Automatic)
        {
            // A plain close reaches the peer as end of stream (the portable backend resets instead: docs/io.md).
            Assert.Equal(0, idlePeer.Receive(new byte[1]));
        }
    }

    [Fact]
    public void A_connect_that_gets_no_answer_is_closed_by_its_connect_timer_on_its_loop()
    {
        using var loop = StartLoop("connect");
        // A listener that never accepts, its queue (backlog 1 holds 2) already full: the kernel drops further SYNs.
        using var silent = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        silent.Bind(AnyLoopbackPort);
        silent.Listen(1);
        var fillers = Enumerable.Range(0, 2).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            fillers.ForEach(f => f.Connect(silent.LocalEndPoint!));
            var closed = new TaskCompletionSource<(ConnectionCloseReason, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
            loop.Invoke(() => Connection.Connect(loop, silent.LocalEndPoint!, (_, _) => { }, (c, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    closed.TrySetResult((c.CloseReason, Dispatcher.Current == loop));
                }
            }, new ConnectionOptions { ConnectTimeout = TimeSpan.FromMilliseconds(100) }));

            (ConnectionCloseReason reason, bool onLoop) = closed.Task.Result("the connect timeout");
            Assert.Equal(ConnectionCloseReason.ConnectTimeout, reason);
            Assert.True(onLoop, "the connect timeout ran off the connection's loop");
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_listener_disposed_in_its_own_accept_callback_accepts_nothing_more_and_throws_nothing_on_the_loop(bool backOffFirst)
    {
        var failures = new ConcurrentQueue<Exception>();
        using var loop = Dispatcher.Start($"dispose-in-accept-{Backend}", new DispatcherOptions { IoBackend = Backend, UnhandledExceptionHandler = (_, ex) => failures.Enqueue(ex) });
        int accepted = 0;
        var clients = new List<Socket>();
        try
        {
            using var disposed = new ManualResetEventSlim();
            loop.Invoke(() =>
            {
                Listener? listener = null;
                listener = Listener.Open(loop, AnyLoopbackPort, connection =>
                {
                    accepted++;
                    if (backOffFirst)
                    {
                        listener!.BackOff(SocketError.TooManyOpenSockets);
                    }

                    listener!.Dispose();
                    connection.Close();
                    disposed.Set();
                }, new ListenerOptions { ReusePort = false });

                // Three clients queued in the kernel before the loop hears of any: the callback disposes the listener
                // at the first, with two more waiting in the same accept round.
                for (int i = 0; i < 3; i++)
                {
                    var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    clients.Add(client);
                    client.Connect(listener.LocalEndPoint);
                }

                return true;
            });

            disposed.Wait("the accept callback that disposes its listener");
            // Past the 10 ms pause a BackOff schedules, on the loop's own timer: nothing may come back for the listener.
            using var later = new ManualResetEventSlim();
            loop.Invoke(() =>
            {
                loop.CreateTimer(later.Set).Enable(TimeSpan.FromMilliseconds(50));
                return true;
            });
            later.Wait("a loop timer past the back-off");
            Assert.Equal(1, loop.Invoke(() => accepted));
            Assert.True(failures.IsEmpty, $"the loop caught: {string.Join(" | ", failures.Select(f => f.GetType().Name + ": " + f.Message))}");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void Bytes_written_while_connecting_are_sent_once_connected_and_counted_against_the_watermark()
    {
        using var loop = StartLoop("write-connecting");
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        server.Bind(AnyLoopbackPort);
        server.Listen();
        byte[] payload = Pattern(300_000, seed: 41);
        var connected = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);

        var (state, accepted, buffered, aboveHigh) = loop.Invoke(() =>
        {
            Connection connection = Connection.Connect(loop, (IPEndPoint)server.LocalEndPoint!, (_, _) => { }, (c, e) =>
            {
                if (e == ConnectionEvent.Connected)
                {
                    connected.TrySetResult(c.BufferedWriteBytes);
                }
            }, new ConnectionOptions { HighWatermark = 200_000, LowWatermark = 50_000 });
            bool taken = connection.Write(payload);
            return (connection.State, taken, connection.BufferedWriteBytes, connection.IsAboveHighWatermark);
        });

        Assert.Equal(ConnectionState.Connecting, state);
        Assert.True(accepted, "Write while connecting refused the bytes");
        Assert.Equal(payload.Length, buffered);
        Assert.True(aboveHigh, $"{payload.Length} bytes buffered while connecting did not count against a 200,000-byte high watermark");
        connected.Task.Result("the connect");
        using Socket peer = server.Accept();
        peer.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        byte[] received = new byte[payload.Length];
        int got = 0;
        while (got < received.Length)
        {
            int n = peer.Receive(received, got, received.Length - got, SocketFlags.None);
            Assert.True(n > 0, $"end of stream after {got} of {payload.Length} bytes written while connecting");
            got += n;
        }

        Assert.True(payload.AsSpan().SequenceEqual(received), "the bytes written while connecting arrived altered");
    }

    [Fact]
    public void Bytes_written_while_connecting_go_with_a_connect_that_fails()
    {
        using var loop = StartLoop("write-refused");
        IPEndPoint unused = UnusedLoopbackPort();

        var closed = new TaskCompletionSource<(ConnectionCloseReason, long, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool taken = loop.Invoke(() => Connection.Connect(loop, unused, (_, _) => { }, (c, e) =>
        {
            if (e == ConnectionEvent.Closed)
            {
                closed.TrySetResult((c.CloseReason, c.BufferedWriteBytes, c.Write(new byte[] { 1 })));
            }
        }).Write(new byte[1000]));

        (ConnectionCloseReason reason, long buffered, bool writeAfterClose) = closed.Task.Result("the refused connect");
        Assert.True(taken, "Write while connecting refused the bytes");
        Assert.Equal(ConnectionCloseReason.ConnectFailed, reason);
        Assert.Equal(0, buffered);
        Assert.False(writeAfterClose, "a Write after the failed connect was taken");
    }

    [Fact]
    public void A_refused_connect_closes_as_connect_failed_naming_the_error()
    {
        using var loop = StartLoop("refused");
        IPEndPoint unused = UnusedLoopbackPort();

        var closed = new TaskCompletionSource<(ConnectionCloseReason, SocketError)>(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Invoke(() => Connection.Connect(loop, unused, (_, _) => { }, (c, e) =>
        {
            if (e == ConnectionEvent.Closed)
            {
                closed.TrySetResult((c.CloseReason, c.LastError));
            }
        }));
        (ConnectionCloseReason reason, SocketError error) = closed.Task.Result("the refused connect");
        Assert.Equal(ConnectionCloseReason.ConnectFailed, reason);
        Assert.Equal(SocketError.ConnectionRefused, error);
    }

    [Fact]
    public void Two_workers_listen_on_one_port_and_each_accepts_on_its_own_loop()
    {
        using var first = StartLoop("reuse-1");
        using var second = StartLoop("reuse-2");
        const int Clients = 20;
        using var accepted = new CountdownEvent(Clients);
        int offLoop = 0;
        Action<Connection> OnAccepted(Dispatcher owner) => c =>
        {
            if (Dispatcher.Current != owner || c.Dispatcher != owner)
            {
                Interlocked.Increment(ref offLoop);
            }

            c.Close();
            accepted.Signal();
        };

        Listener a = first.Invoke(() => Listener.Open(first, AnyLoopbackPort, OnAccepted(first)));
        // Without SO_REUSEPORT this bind fails with AddressAlreadyInUse.
        Listener b = second.Invoke(() => Listener.Open(second, a.LocalEndPoint, OnAccepted(second)));
        var clients = Enumerable.Range(0, Clients).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            clients.ForEach(c => c.Connect(a.LocalEndPoint));
            accepted.Wait("every client to be accepted");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        Assert.Equal(0, Volatile.Read(ref offLoop));
        Assert.Equal(Clients, first.Invoke(() => a.Accepted) + second.Invoke(() => b.Accepted));
    }

    [Fact]
    public void Both_sides_send_a_different_megabyte_at_once_and_each_receives_the_others_byte_exact()
    {
        using var server = StartLoop("duplex-server");
        using var client = StartLoop("duplex-client");
        byte[] fromServer = Pattern(1 << 20, seed: 21);
        byte[] fromClient = Pattern(1 << 20, seed: 22);
        var serverGot = new MemoryStream();
        var clientGot = new MemoryStream();
        using var bothClosed = new CountdownEvent(2);
        var reasons = new ConcurrentBag<ConnectionCloseReason>();

        void SendAllAndShutDown(Connection c, byte[] payload)
        {
            for (int offset = 0; offset < payload.Length; offset += 40_000)
            {
                Assert.True(c.Write(payload.AsSpan(offset, Math.Min(40_000, payload.Length - offset))));
            }

            c.ShutdownWrite();
        }

        Listener listener = server.Invoke(() => Listener.Open(server, AnyLoopbackPort, accepted =>
        {
            accepted.Start((c, data) => serverGot.Write(data), (c, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    reasons.Add(c.CloseReason);
                    bothClosed.Signal();
                }
            });
            SendAllAndShutDown(accepted, fromServer);
        }));
        client.Invoke(() => Connection.Connect(client, listener.LocalEndPoint, (c, data) => clientGot.Write(data), (c, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                SendAllAndShutDown(c, fromClient);
            }
            else if (e == ConnectionEvent.Closed)
            {
                reasons.Add(c.CloseReason);
                bothClosed.Signal();
            }
        }));

        bothClosed.Wait("both sides to finish sending and close");
        Assert.True(fromClient.AsSpan().SequenceEqual(server.Invoke(() => serverGot.ToArray())), "the server did not receive the client's megabyte byte-exact");
        Assert.True(fromServer.AsSpan().SequenceEqual(client.Invoke(() => clientGot.ToArray())), "the client did not receive the server's megabyte byte-exact");
        Assert.All(reasons, r => Assert.True(r is ConnectionCloseReason.LocalClose or ConnectionCloseReason.RemoteClose, $"closed with {r}"));
    }

    [Fact]
    public void A_reader_that_pauses_reading_holds_its_peers_buffer_under_the_high_watermark_and_resuming_delivers_every_byte()
    {
        const int HighWatermark = 128 << 10;
        const int LowWatermark = 32 << 10;
        const int WriteSize = 16 << 10;
        const long Total = 16L << 20;
        using var loop = StartLoop("paused-reader");
        byte[] block = Pattern(WriteSize, seed: 8);
        long produced = 0;
        long maxBuffered = 0;
        long received = 0;
        long mismatches = 0;
        int highs = 0;
        int lows = 0;
        Connection? reader = null;
        bool writerHeld = false;
        bool readerConnected = false;
        bool resumed = false;
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        void Pump(Connection c)
        {
            while (!c.IsAboveHighWatermark && produced < Total && c.State == ConnectionState.Open)
            {
                c.Write(block);
                produced += block.Length;
                maxBuffered = Math.Max(maxBuffered, c.BufferedWriteBytes);
            }

            if (produced == Total)
            {
                c.ShutdownWrite();
            }
        }

        // The reader resumes once it is connected (paused) and the writer is held above its high watermark, in
        // whichever order the two happen on the loop.
        void ResumeReaderOnceWriterIsHeld()
        {
            if (writerHeld && readerConnected && !resumed)
            {
                resumed = true;
                reader!.SetReadEnabled(true);
            }
        }

        var options = new ListenerOptions { Connection = new ConnectionOptions { HighWatermark = HighWatermark, LowWatermark = LowWatermark } };
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted =>
        {
            accepted.Start((_, _) => { }, (c, e) =>
            {
                if (e == ConnectionEvent.AboveHighWatermark)
                {
                    highs++;
                    writerHeld = true;
                    ResumeReaderOnceWriterIsHeld();
                }
                else if (e == ConnectionEvent.BelowLowWatermark)
                {
                    lows++;
                    Pump(c);
                }
            });
            Pump(accepted);
        }, options));

        loop.Invoke(() => reader = Connection.Connect(loop, listener.LocalEndPoint,
            (c, data) =>
            {
                for (int i = 0; i < data.Length; i++)
                {
                    mismatches += data[i] == block[(int)((received + i) % WriteSize)] ? 0 : 1;
                }

                received += data.Length;
            },
            (c, e) =>
            {
                if (e == ConnectionEvent.Connected)
                {
                    // Read nothing until the writer is above its high watermark.
                    c.SetReadEnabled(false);
                    readerConnected = true;
                    ResumeReaderOnceWriterIsHeld();
                }
                else if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.Close();
                }
                else if (e == ConnectionEvent.Closed)
                {
                    done.TrySetResult(true);
                }
            }));

        done.Task.Result("the paused reader to receive everything");
        (long got, long bad, long max, int highCount, int lowCount) = loop.Invoke(() => (received, mismatches, maxBuffered, highs, lows));
        Assert.Equal(Total, got);
        Assert.Equal(0, bad);
        Assert.True(highCount >= 1 && lowCount >= 1, $"{highCount} high and {lowCount} low watermark events: backpressure never engaged");
        Assert.True(max <= HighWatermark + WriteSize, $"{max} bytes buffered, above the high watermark {HighWatermark} plus one write");
    }

    [Fact]
    public void The_idle_timer_counts_from_the_last_byte_on_the_loops_clock()
    {
        var clock = new ManualClock();
        using var loop = StartLoop("idle-clock", clock);
        var accepted = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var readOne = new ManualResetEventSlim();
        var closedOnLoop = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ListenerOptions { Connection = new ConnectionOptions { IdleTimeout = TimeSpan.FromSeconds(10) } };
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            c.Start((_, _) => readOne.Set(), (_, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    closedOnLoop.TrySetResult(Dispatcher.Current == loop);
                }
            });
            accepted.TrySetResult(c);
        }, options));

        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        peer.Connect(listener.LocalEndPoint);
        // The portable backend probes a listening socket on a 1 ms loop timer, which runs on this clock too. The
        // steps below count from the loop's time after the accept, so this nudge shifts nothing they check.
        clock.Advance(TimeSpan.FromMilliseconds(1));
        loop.Post(static () => { });
        Connection connection = accepted.Task.Result("the accept");
        Func<(ConnectionState, ConnectionCloseReason)> state = () => (connection.State, connection.CloseReason);

        Assert.Equal((ConnectionState.Open, ConnectionCloseReason.None), ObserveAfter(loop, clock, TimeSpan.FromSeconds(5), state));
        peer.Send("x"u8);
        readOne.Wait("the byte to be read at 5 s");
        // 10.001 s after the accept the timer fires, finds 5.001 s of idleness, and waits for the rest.
        Assert.Equal((ConnectionState.Open, ConnectionCloseReason.None), ObserveAfter(loop, clock, TimeSpan.FromMilliseconds(5001), state));
        Assert.Equal((ConnectionState.Open, ConnectionCloseReason.None), ObserveAfter(loop, clock, TimeSpan.FromMilliseconds(4998), state));
        Assert.Equal((ConnectionState.Closed, ConnectionCloseReason.IdleTimeout), ObserveAfter(loop, clock, TimeSpan.FromMilliseconds(2), state));
        Assert.True(closedOnLoop.Task.Result("the close event"), "the idle close ran off the loop");
    }

    [Fact]
    public void The_connect_timer_fires_after_exactly_its_timeout_on_the_loops_clock()
    {
        var clock = new ManualClock();
        using var loop = StartLoop("connect-clock", clock);
        // A listener that never accepts, its queue (backlog 1 holds 2) already full: the kernel drops further SYNs.
        using var silent = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        silent.Bind(AnyLoopbackPort);
        silent.Listen(1);
        var fillers = Enumerable.Range(0, 2).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            fillers.ForEach(f => f.Connect(silent.LocalEndPoint!));
            var closedOnLoop = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Connection connection = loop.Invoke(() => Connection.Connect(loop, silent.LocalEndPoint!, (_, _) => { }, (c, e) =>
            {
                if (e == ConnectionEvent.Closed)
                {
                    closedOnLoop.TrySetResult(Dispatcher.Current == loop);
                }
            }, new ConnectionOptions { ConnectTimeout = TimeSpan.FromSeconds(10) }));
            Func<(ConnectionState, ConnectionCloseReason)> state = () => (connection.State, connection.CloseReason);

            Assert.Equal((ConnectionState.Connecting, ConnectionCloseReason.None), ObserveAfter(loop, clock, TimeSpan.FromMilliseconds(9999), state));
            Assert.Equal((ConnectionState.Closed, ConnectionCloseReason.ConnectTimeout), ObserveAfter(loop, clock, TimeSpan.FromMilliseconds(2), state));
            Assert.True(closedOnLoop.Task.Result("the close event"), "the connect timeout ran off the loop");
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    protected Dispatcher StartLoop(string name) =>
        Dispatcher.Start($"{name}-{Backend}", new DispatcherOptions { IoBackend = Backend });

    private Dispatcher StartLoop(string name, ManualClock clock) =>
        Dispatcher.StartWith($"{name}-{Backend}", new DispatcherOptions { IoBackend = Backend }, new DispatcherSeams { Clock = clock });

    /// <summary>
    /// Moves the loop's clock by <paramref name="advance"/> and reads <paramref name="read"/> on the loop once every
    /// timer due by then has fired: a probe timer armed for that instant fires after them (timers fire in deadline
    /// order; callers keep other deadlines off the probe's millisecond).
    /// </summary>
    private static T ObserveAfter<T>(Dispatcher loop, ManualClock clock, TimeSpan advance, Func<T> read)
    {
        var observed = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Invoke(() =>
        {
            loop.CreateTimer(() => observed.TrySetResult(read())).Enable(advance);
            return true;
        });
        clock.Advance(advance);
        loop.Post(static () => { });
        return observed.Task.Result($"the probe {advance.TotalMilliseconds} ms later on the loop's clock");
    }

    /// <summary>A loopback port nothing listens on: bound once, then released.</summary>
    private static IPEndPoint UnusedLoopbackPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(AnyLoopbackPort);
        return (IPEndPoint)probe.LocalEndPoint!;
    }

    internal static byte[] Pattern(int length, int seed)
    {
        var random = new Random(seed);
        byte[] bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}

public sealed class ConnectionTestsOnDefaultBackend : ConnectionTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class ConnectionTestsOnPortableBackend : ConnectionTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}

/// <summary>
/// Allocation-free steady state is a property of the epoll backend (the default on Linux); the portable backend's
/// .NET asynchronous receives allocate now and then and are not held to it.
/// </summary>
public sealed class ConnectionAllocationTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    private static byte[] Pattern(int length, int seed) => ConnectionTests.Pattern(length, seed);

    [Fact]
    public void Steady_state_reads_and_writes_allocate_nothing_on_the_loop()
    {
        using var loop = Dispatcher.Start("alloc");
        const int MessageSize = 1024;
        // The first phase warms up; each later one is a measurement (taken again if a collection disturbed it).
        const int PhaseMessages = 500;
        const long PhaseBytes = (long)PhaseMessages * MessageSize;
        const int Phases = 1 + SettledAllocation.Attempts;
        long echoedBytes = 0;
        long[] allocatedAtPhaseStart = new long[Phases];
        long[] allocatedAtPhaseEnd = new long[Phases];

        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, accepted => accepted.Start((c, data) =>
        {
            if (echoedBytes % PhaseBytes == 0)
            {
                allocatedAtPhaseStart[echoedBytes / PhaseBytes] = GC.GetAllocatedBytesForCurrentThread();
            }

            c.Write(data);
            echoedBytes += data.Length;
            if (echoedBytes % PhaseBytes == 0)
            {
                allocatedAtPhaseEnd[(echoedBytes / PhaseBytes) - 1] = GC.GetAllocatedBytesForCurrentThread();
            }
        }, (_, _) => { })));

        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        peer.Connect(listener.LocalEndPoint);
        peer.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        byte[] message = Pattern(MessageSize, seed: 5);
        byte[] reply = new byte[MessageSize];
        int phase = 0;

        long Phase()
        {
            for (int i = 0; i < PhaseMessages; i++)
            {
                peer.Send(message);
                int got = 0;
                while (got < MessageSize)
                {
                    int n = peer.Receive(reply, got, MessageSize - got, SocketFlags.None);
                    Assert.True(n > 0, "the echo server closed");
                    got += n;
                }
            }

            int measured = phase++;
            return loop.Invoke(() => allocatedAtPhaseEnd[measured] - allocatedAtPhaseStart[measured]);
        }

        Phase();
        long allocated = SettledAllocation.Measure(Phase);
        Assert.True(reply.AsSpan().SequenceEqual(message), "the last echo differs from the message");
        Assert.True(allocated == 0, $"{PhaseMessages} echoed messages of {MessageSize} bytes allocated {allocated} B on the loop");
    }

}
