using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocOnly13;

/// <summary>The file-event contract of docs/io.md (items 4, 6, 7, 8, 9, 10) and FileEvent's XML docs.</summary>
public sealed class FileEventTests
{
    /// <summary>A connected loopback pair; the caller owns both sockets.</summary>
    internal static (Socket Client, Socket Server) Pair()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4);
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        Socket server = listener.Accept();
        return (client, server);
    }

    /// <summary>Receives through the event until it would block; returns the bytes read.</summary>
    internal static int Drain(FileEvent fileEvent)
    {
        Span<byte> buffer = stackalloc byte[256];
        int total = 0;
        while (true)
        {
            int n = fileEvent.Receive(buffer, out SocketError error);
            if (error != SocketError.Success || n == 0)
            {
                return total;
            }
            total += n;
        }
    }

    // Doc item 6: "Registration, interest changes, Activate and Dispose run on the owning loop. From another thread they
    // throw InvalidOperationException naming the action and the dispatcher."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Registration_interest_changes_Activate_and_Dispose_from_another_thread_are_refused_naming_the_loop(DispatcherIoBackend backend)
    {
        string name = Kit13.UniqueName("fe-thread");
        var loop = Dispatcher.Start(name, new DispatcherOptions { IoBackend = backend });
        var (client, server) = Pair();
        try
        {
            var offLoop = Assert.Throws<InvalidOperationException>(() => loop.CreateFileEvent(server, _ => { }, FileReadyType.Read));
            Assert.Contains(name, offLoop.Message, StringComparison.Ordinal);
            int calls = 0;
            FileEvent fileEvent = await loop.InvokeAsync(() => loop.CreateFileEvent(server, _ => calls++, FileReadyType.None));
            foreach (Action call in new Action[]
            {
                () => fileEvent.SetEnabled(FileReadyType.Read),
                () => fileEvent.Activate(FileReadyType.Read),
                () => fileEvent.Dispose(),
            })
            {
                var refused = Assert.Throws<InvalidOperationException>(call);
                Assert.Contains(name, refused.Message, StringComparison.Ordinal);
            }
            var state = await loop.InvokeAsync(() => (fileEvent.IsClosed, fileEvent.Enabled, calls));
            Assert.Equal((false, FileReadyType.None, 0), state);
            await loop.InvokeAsync(() => fileEvent.Dispose());
        }
        finally
        {
            loop.Dispose();
            client.Dispose();
            server.Dispose();
        }
    }

    // Doc item 6: "Registering on a loop that is exiting or has exited throws ObjectDisposedException."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public void Registering_on_an_exiting_or_exited_loop_throws_ObjectDisposedException(DispatcherIoBackend backend)
    {
        var loop = new Dispatcher(Kit13.UniqueName("fe-exit"), new DispatcherOptions { IoBackend = backend });
        var (client, server) = Pair();
        try
        {
            Exception? duringExit = null;
            loop.Post(() =>
            {
                try { loop.CreateFileEvent(server, _ => { }, FileReadyType.Read); } catch (Exception e) { duringExit = e; }
            });
            Kit13.ExitManual(loop);
            Assert.IsType<ObjectDisposedException>(duringExit);
            Assert.Throws<ObjectDisposedException>(() => loop.CreateFileEvent(server, _ => { }, FileReadyType.Read));
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    // Doc item 7: "A throwing callback is caught: the loop goes on, the exception goes to
    // DispatcherOptions.UnhandledExceptionHandler ... and is counted in DispatcherStats.FileEventFailures and
    // UnhandledExceptions. The event stays registered."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public void A_throwing_file_event_callback_is_reported_counted_and_stays_registered(DispatcherIoBackend backend)
    {
        var errors = new List<Exception>();
        var loop = new Dispatcher(Kit13.UniqueName("fe-throw"), new DispatcherOptions { IoBackend = backend, UnhandledExceptionHandler = (_, e) => errors.Add(e) });
        var (client, server) = Pair();
        try
        {
            int deliveries = 0;
            FileEvent? fileEvent = null;
            fileEvent = loop.CreateFileEvent(server, ready =>
            {
                deliveries++;
                Drain(fileEvent!);
                throw new InvalidOperationException("callback " + deliveries);
            }, FileReadyType.Read);

            client.Send(new byte[] { 1 });
            Kit13.Pump(loop, () => deliveries == 1, "the first read event");
            client.Send(new byte[] { 2 });
            Kit13.Pump(loop, () => deliveries == 2, "a read event after the callback threw");

            Assert.False(fileEvent.IsClosed);
            Assert.Equal(2, errors.Count);
            Assert.Equal(2, loop.Stats.FileEventFailures);
            Assert.Equal(2, loop.Stats.UnhandledExceptions);
            Assert.True(loop.Stats.FileEventsRun >= 2);
            int after = 0;
            loop.Post(() => after++);
            loop.RunOnce();
            Assert.Equal(1, after);
            fileEvent.Dispose();
            Kit13.ExitManual(loop);
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    // Doc item 8: "Dispose deregisters at once: no callback runs after Dispose returns, even for readiness already
    // collected in the same iteration (an earlier callback of the batch may dispose a later one). The socket is not
    // closed: its owner closes it."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public void A_callback_that_disposes_another_ready_event_stops_it_and_leaves_its_socket_open(DispatcherIoBackend backend)
    {
        var loop = new Dispatcher(Kit13.UniqueName("fe-dispose"), new DispatcherOptions { IoBackend = backend });
        var (clientA, serverA) = Pair();
        var (clientB, serverB) = Pair();
        try
        {
            var ran = new List<string>();
            FileEvent? a = null, b = null;
            a = loop.CreateFileEvent(serverA, _ => { ran.Add("a"); Drain(a!); b!.Dispose(); }, FileReadyType.Read);
            b = loop.CreateFileEvent(serverB, _ => { ran.Add("b"); Drain(b!); a!.Dispose(); }, FileReadyType.Read);
            clientA.Send(new byte[] { 1 });
            clientB.Send(new byte[] { 2 });
            Kit13.Pump(loop, () => ran.Count > 0, "either event's read");
            for (int i = 0; i < 5; i++)
            {
                loop.RunOnce();
            }
            Assert.Single(ran);
            FileEvent runner = ran[0] == "a" ? a : b, stopped = ran[0] == "a" ? b : a;
            Assert.True(stopped.IsClosed, "the disposed event does not read IsClosed");
            Assert.False(runner.IsClosed);
            Socket untouched = ran[0] == "a" ? serverB : serverA;
            Assert.Equal(1, untouched.Available);
            var buffer = new byte[4];
            Assert.Equal(1, untouched.Receive(buffer));
            Kit13.ExitManual(loop);
        }
        finally
        {
            foreach (var s in new[] { clientA, serverA, clientB, serverB }) s.Dispose();
        }
    }

    // Doc item 10: "At loop exit (after queued callbacks were drained or discarded), events pending delivery are dropped
    // and every registered event is closed"; FileEvent remarks: "When the loop exits, every event still registered is
    // closed the same way" (without running its callback; the socket is not closed).
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public void At_exit_pending_readiness_is_dropped_and_every_event_is_closed_without_a_callback(DispatcherIoBackend backend)
    {
        var loop = new Dispatcher(Kit13.UniqueName("fe-loop-exit"), new DispatcherOptions { IoBackend = backend });
        var (client, server) = Pair();
        try
        {
            int calls = 0;
            FileEvent fileEvent = loop.CreateFileEvent(server, _ => calls++, FileReadyType.Read);
            client.Send(new byte[] { 7 });
            fileEvent.Activate(FileReadyType.Read);
            Kit13.ExitManual(loop);
            Assert.Equal(0, calls);
            Assert.True(fileEvent.IsClosed);
            var buffer = new byte[4];
            Assert.Equal(1, server.Receive(buffer));
            Assert.Equal(7, buffer[0]);
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    // Doc item 9: "A socket closed while registered ... is noticed before the next delivery: the event is closed without
    // a callback ... Activate on such an event, or on one already closed, does nothing: no callback and no exception;
    // the event reads IsClosed."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public void A_socket_closed_under_its_event_closes_the_event_without_a_callback_and_Activate_then_does_nothing(DispatcherIoBackend backend)
    {
        var loop = new Dispatcher(Kit13.UniqueName("fe-closed-under"), new DispatcherOptions { IoBackend = backend });
        var (client, server) = Pair();
        var (client2, server2) = Pair();
        try
        {
            int calls = 0;
            FileEvent fileEvent = loop.CreateFileEvent(server, _ => calls++, FileReadyType.Read | FileReadyType.Write);
            int calls2 = 0;
            FileEvent disposed = loop.CreateFileEvent(server2, _ => calls2++, FileReadyType.Read);
            disposed.Dispose();
            server.Dispose();
            // On the portable backend the close is abortive (io.md, "Known difference"), so the peer may already be reset.
            try { client.Send(new byte[] { 1 }); } catch (SocketException) { }
            fileEvent.Activate(FileReadyType.Read);
            for (int i = 0; i < 5; i++)
            {
                loop.RunOnce();
            }
            Assert.True(fileEvent.IsClosed);
            Assert.Equal(0, calls);
            fileEvent.Activate(FileReadyType.Read);
            disposed.Activate(FileReadyType.Read);
            loop.RunOnce();
            loop.RunOnce();
            Assert.Equal(0, calls);
            Assert.Equal(0, calls2);
            Assert.True(disposed.IsClosed);
            Kit13.ExitManual(loop);
        }
        finally
        {
            client.Dispose();
            server.Dispose();
            client2.Dispose();
            server2.Dispose();
        }
    }

    // Doc items 3 and 4: "Only enabled kinds are delivered"; "SetEnabled(kinds) is EPOLL_CTL_MOD: every enabled kind that
    // is ready now is reported again. A reader that paused for backpressure resumes with SetEnabled(Read) and finds its
    // buffered data."
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public void A_kind_not_enabled_is_not_delivered_and_enabling_it_reports_data_already_waiting(DispatcherIoBackend backend)
    {
        var loop = new Dispatcher(Kit13.UniqueName("fe-enable"), new DispatcherOptions { IoBackend = backend });
        var (client, server) = Pair();
        try
        {
            var delivered = new List<FileReadyType>();
            int read = 0;
            FileEvent? fileEvent = null;
            fileEvent = loop.CreateFileEvent(server, ready => { delivered.Add(ready); read += Drain(fileEvent!); }, FileReadyType.None);
            client.Send(new byte[] { 1, 2, 3 });
            for (int i = 0; i < 5; i++)
            {
                loop.RunOnce();
            }
            Assert.Empty(delivered);
            fileEvent.SetEnabled(FileReadyType.Read);
            Kit13.Pump(loop, () => read == 3, "the data waiting before Read was enabled");
            Assert.All(delivered, d => Assert.Equal(FileReadyType.Read, d));
            fileEvent.Dispose();
            Kit13.ExitManual(loop);
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
