using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// The portable backend's own machinery, driven by hand with <see cref="Dispatcher.RunOnce"/>: the waiter it is given,
/// the loop timers that probe a listening socket and a full send buffer (armed while the socket would block, gone with
/// the event), and how a socket closed underneath a probe or a read arm is noticed.
/// </summary>
public sealed class PortableLoopBackendTests
{
    private static readonly DispatcherOptions Portable = new() { IoBackend = DispatcherIoBackend.Portable };

    [Fact]
    public void An_injected_waiter_is_the_one_the_backend_prepares_parks_and_wakes()
    {
        using var dispatcher = new Dispatcher("portable-waiter", Portable);
        var waiter = new CountingWaiter();
        var backend = new PortableLoopBackend(dispatcher, waiter);

        backend.Prepare();
        backend.Wake();
        Assert.True(backend.Park(7));

        Assert.Equal((1, 1, 7), (waiter.Prepares, waiter.Wakes, waiter.LastTimeout));
    }

    [Fact]
    public void A_listening_socket_is_probed_on_a_loop_timer_until_a_connection_waits_and_the_probe_goes_with_the_event()
    {
        using var dispatcher = new Dispatcher("portable-accept", Portable);
        using var listener = Listen();
        int reads = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(listener, ready => reads += ready == FileReadyType.Read ? 1 : 100, FileReadyType.Read);
        Assert.True(dispatcher.MillisecondsUntilNextTimer() >= 0, "no accept probe armed for a listening socket with nothing to accept");
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(0, reads);

        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        RunUntil(dispatcher, () => reads != 0, "the accept probe to see the waiting connection");
        Assert.Equal(1, reads);

        fileEvent.NotifyWouldBlock(FileReadyType.Read); // the connection is still waiting: reported again at once
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(2, reads);

        using Socket accepted = listener.Accept();
        fileEvent.NotifyWouldBlock(FileReadyType.Read);
        Assert.True(dispatcher.MillisecondsUntilNextTimer() >= 0, "no accept probe armed after accept would block");
        fileEvent.Dispose();
        Assert.Equal(-1, dispatcher.MillisecondsUntilNextTimer());
    }

    [Fact]
    public void A_listening_socket_closed_underneath_its_probe_closes_the_event()
    {
        using var dispatcher = new Dispatcher("portable-accept-closed", Portable);
        var listener = Listen();
        int calls = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(listener, _ => calls++, FileReadyType.Read);
        listener.Dispose();

        RunUntil(dispatcher, () => fileEvent.IsClosed, "the probe to notice the listener closed underneath");

        Assert.Equal(0, calls);
        Assert.Equal(1, dispatcher.Backend.FileEventsClosedUnderneath);
        Assert.Equal(-1, dispatcher.MillisecondsUntilNextTimer());
    }

    [Fact]
    public void A_full_send_buffer_is_probed_on_a_loop_timer_until_it_drains_and_the_probe_goes_with_the_event()
    {
        using var dispatcher = new Dispatcher("portable-write", Portable);
        using var pair = SocketPair.Open();
        FillSendBuffer(pair.Loop);
        int writes = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, ready => writes += ready == FileReadyType.Write ? 1 : 100, FileReadyType.Write);
        Assert.True(dispatcher.MillisecondsUntilNextTimer() >= 0, "no write probe armed for a socket that would block");
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(0, writes);

        Drain(pair.Peer);
        RunUntil(dispatcher, () => writes != 0, "the write probe to see the drained buffer");
        Assert.Equal(1, writes);

        FillSendBuffer(pair.Loop);
        fileEvent.NotifyWouldBlock(FileReadyType.Write);
        Assert.True(dispatcher.MillisecondsUntilNextTimer() >= 0, "no write probe armed after a send would block");
        fileEvent.Dispose();
        Assert.Equal(-1, dispatcher.MillisecondsUntilNextTimer());
    }

    [Fact]
    public void A_socket_closed_underneath_its_write_probe_closes_the_event()
    {
        using var dispatcher = new Dispatcher("portable-write-closed", Portable);
        using var pair = SocketPair.Open();
        FillSendBuffer(pair.Loop);
        int calls = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => calls++, FileReadyType.Write);
        pair.Loop.Dispose();

        RunUntil(dispatcher, () => fileEvent.IsClosed, "the write probe to notice the socket closed underneath");

        Assert.Equal(0, calls);
        Assert.Equal(1, dispatcher.Backend.FileEventsClosedUnderneath);
    }

    [Fact]
    public void A_read_re_armed_on_a_socket_closed_underneath_closes_the_event()
    {
        using var dispatcher = new Dispatcher("portable-read-closed", Portable);
        using var pair = SocketPair.Open();
        int calls = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => calls++, FileReadyType.Read);
        pair.Peer.Send("x"u8);
        RunUntil(dispatcher, () => calls != 0, "the first read event");

        // The callback did not read to would-block, so no receive is armed; re-arming now meets the closed socket.
        pair.Loop.Dispose();
        fileEvent.NotifyWouldBlock(FileReadyType.Read);
        Assert.True(dispatcher.RunOnce());

        Assert.True(fileEvent.IsClosed, "the closed socket was not noticed at the next delivery");
        Assert.Equal(1, calls);
        Assert.Equal(1, dispatcher.Backend.FileEventsClosedUnderneath);
    }

    [Fact]
    public void A_would_block_of_one_kind_does_not_re_report_the_other_kind()
    {
        using var dispatcher = new Dispatcher("portable-kinds", Portable);
        using var pair = SocketPair.Open();
        var seen = new System.Collections.Generic.List<FileReadyType>();
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, seen.Add, FileReadyType.Read | FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([FileReadyType.Write], seen);

        // Data waits unread after its read event. A would-block on write re-probes write readiness only: the unread
        // data is not reported again. A would-block on read re-arms the read only: write readiness is not reported again.
        pair.Peer.Send("x"u8);
        RunUntil(dispatcher, () => seen.Count == 2, "the read event");
        Assert.Equal(FileReadyType.Read, seen[1]);
        fileEvent.NotifyWouldBlock(FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());
        Assert.True(dispatcher.RunOnce());
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([FileReadyType.Write, FileReadyType.Read, FileReadyType.Write], seen);

        fileEvent.NotifyWouldBlock(FileReadyType.Read);
        RunUntil(dispatcher, () => seen.Count == 4, "the re-armed read to find the unread data");
        Assert.True(dispatcher.RunOnce());
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([FileReadyType.Write, FileReadyType.Read, FileReadyType.Write, FileReadyType.Read], seen);
        fileEvent.Dispose();
    }

    [Fact]
    public void A_send_that_did_not_block_does_not_re_probe_write_readiness()
    {
        using var dispatcher = new Dispatcher("portable-sent", Portable);
        using var pair = SocketPair.Open();
        var sent = new System.Collections.Generic.List<SocketError>();
        FileEvent? fileEvent = null;
        fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ =>
        {
            fileEvent!.Send("x"u8, out SocketError error);
            sent.Add(error);
        }, FileReadyType.Write);

        for (int i = 0; i < 4; i++)
        {
            Assert.True(dispatcher.RunOnce());
        }

        // Edge semantics: the next write event comes only after a send would block.
        Assert.Equal([SocketError.Success], sent);
        fileEvent.Dispose();
    }

    private static Socket Listen()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4);
        return listener;
    }

    private static void FillSendBuffer(Socket socket)
    {
        socket.Blocking = false;
        byte[] chunk = new byte[64 * 1024];
        while (true)
        {
            socket.Send(chunk, SocketFlags.None, out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                return;
            }

            if (error != SocketError.Success)
            {
                throw new InvalidOperationException($"filling the send buffer failed: {error}");
            }
        }
    }

    private static void Drain(Socket peer)
    {
        peer.Blocking = false;
        byte[] sink = new byte[256 * 1024];
        while (true)
        {
            peer.Receive(sink, SocketFlags.None, out SocketError error);
            if (error != SocketError.Success)
            {
                return;
            }
        }
    }

    private static void RunUntil(Dispatcher dispatcher, Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TestWait.Timeout)
            {
                throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for {what}.");
            }

            dispatcher.RunOnce();
        }
    }

    private sealed class CountingWaiter : IDispatcherWaiter
    {
        public int Prepares { get; private set; }

        public int Wakes { get; private set; }

        public int LastTimeout { get; private set; }

        public void Prepare() => Prepares++;

        public bool Park(int timeoutMilliseconds)
        {
            LastTimeout = timeoutMilliseconds;
            return Wakes != 0;
        }

        public void Wake() => Wakes++;
    }
}
