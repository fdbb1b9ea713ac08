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

/// <summary>Weft.Net connections and listeners as docs/io.md and their XML docs describe them.</summary>
public sealed class ConnectionTests
{
    private static readonly IPEndPoint AnyLoopback = new(IPAddress.Loopback, 0);

    /// <summary>A loopback port that nothing listens on (bound, then released).</summary>
    private static IPEndPoint ClosedPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(AnyLoopback);
        return (IPEndPoint)probe.LocalEndPoint!;
    }

    private sealed class EventLog
    {
        public readonly ConcurrentQueue<(ConnectionEvent Event, int Thread, ConnectionCloseReason Reason)> Events = new();
        public readonly TaskCompletionSource<Connection> Closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void On(Connection c, ConnectionEvent e)
        {
            Events.Enqueue((e, Environment.CurrentManagedThreadId, c.CloseReason));
            if (e == ConnectionEvent.Closed)
            {
                Closed.TrySetResult(c);
            }
        }
    }

    // Doc (Connect): "the outcome arrives as Connected or as Closed with ConnectFailed or ConnectTimeout (never
    // synchronously from this call)"; io.md: every callback runs on the owning loop.
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Connecting_to_a_closed_port_closes_with_ConnectFailed_on_the_loop_and_never_inside_Connect(DispatcherIoBackend backend)
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("connect-refused"), new DispatcherOptions { IoBackend = backend });
        try
        {
            var log = new EventLog();
            bool insideConnect = false;
            bool eventInsideConnect = false;
            IPEndPoint closed = ClosedPort();
            int loopThread = await loop.InvokeAsync(() =>
            {
                insideConnect = true;
                Connection.Connect(loop, closed, (_, _) => { }, (c, e) => { eventInsideConnect |= insideConnect; log.On(c, e); });
                insideConnect = false;
                return Environment.CurrentManagedThreadId;
            });
            Connection connection = await (await Kit13.Within(log.Closed.Task, "the refused connect's Closed event"));
            Assert.False(eventInsideConnect, "an event was delivered inside Connect");
            var only = Assert.Single(log.Events);
            Assert.Equal((ConnectionEvent.Closed, loopThread, ConnectionCloseReason.ConnectFailed), only);
            Assert.Equal(ConnectionState.Closed, await loop.InvokeAsync(() => connection.State));
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (ConnectionOptions.ConnectTimeout, io.md "The connect timeout is the kernel's verdict"): "only a handshake
    // still in progress is a ConnectTimeout". A listener whose accept queue is full drops SYNs, so the handshake
    // stays in progress.
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task A_connect_whose_handshake_never_completes_closes_with_ConnectTimeout_on_the_loop(DispatcherIoBackend backend)
    {
        using var full = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        full.Bind(AnyLoopback);
        full.Listen(0);
        var fillers = new List<Socket>();
        var loop = Dispatcher.Start(Kit13.UniqueName("connect-timeout"), new DispatcherOptions { IoBackend = backend });
        try
        {
            // Fill the accept queue (never accepted) until a connect stops completing.
            for (int i = 0; i < 4; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                Task connect = filler.ConnectAsync(full.LocalEndPoint!);
                if (await Task.WhenAny(connect, Task.Delay(TimeSpan.FromMilliseconds(500))) != connect)
                {
                    break;
                }
            }
            var log = new EventLog();
            var options = new ConnectionOptions { ConnectTimeout = TimeSpan.FromMilliseconds(200) };
            int loopThread = await loop.InvokeAsync(() =>
            {
                Connection.Connect(loop, full.LocalEndPoint!, (_, _) => { }, log.On, options);
                return Environment.CurrentManagedThreadId;
            });
            await Kit13.Within(log.Closed.Task, "the connect timeout");
            Assert.Equal(new[] { (ConnectionEvent.Closed, loopThread, ConnectionCloseReason.ConnectTimeout) }, log.Events);
        }
        finally
        {
            loop.Dispose();
            foreach (var f in fillers) f.Dispose();
        }
    }

    // Doc (ConnectionOptions.IdleTimeout): "Close after this long without a byte moving either way"; io.md: the idle
    // timer is a DispatcherTimer on the loop.
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task An_idle_connection_closes_with_IdleTimeout_on_its_loop_and_the_accepted_peer_sees_the_close(DispatcherIoBackend backend)
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("idle"), new DispatcherOptions { IoBackend = backend });
        try
        {
            var clientLog = new EventLog();
            var serverLog = new EventLog();
            int loopThread = await loop.InvokeAsync(() =>
            {
                Listener listener = Listener.Open(loop, AnyLoopback, accepted => accepted.Start((_, _) => { }, (c, e) =>
                {
                    serverLog.On(c, e);
                    if (e == ConnectionEvent.RemoteHalfClosed) c.ShutdownWrite();
                }), new ListenerOptions { ReusePort = false });
                Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, clientLog.On,
                    new ConnectionOptions { IdleTimeout = TimeSpan.FromMilliseconds(200) });
                return Environment.CurrentManagedThreadId;
            });
            Connection client = await (await Kit13.Within(clientLog.Closed.Task, "the idle timeout"));
            Assert.Equal(ConnectionCloseReason.IdleTimeout, await loop.InvokeAsync(() => client.CloseReason));
            Assert.Contains(clientLog.Events, e => e.Event == ConnectionEvent.Connected);
            Assert.All(clientLog.Events, e => Assert.Equal(loopThread, e.Thread));
            await Kit13.Within(serverLog.Closed.Task, "the accepted side to see the idle close");
            Assert.All(serverLog.Events, e => Assert.Equal(loopThread, e.Thread));
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc (thread rules): "Connect, Start, Write, SetReadEnabled, ShutdownWrite, Close and Reset called from another
    // thread throw InvalidOperationException naming the action and the dispatcher"; Listener.Open likewise.
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task Connection_and_listener_calls_from_another_thread_are_refused_naming_the_dispatcher(DispatcherIoBackend backend)
    {
        string name = Kit13.UniqueName("net-thread");
        var loop = Dispatcher.Start(name, new DispatcherOptions { IoBackend = backend });
        try
        {
            var log = new EventLog();
            var connected = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
            Listener listener = await loop.InvokeAsync(() => Listener.Open(loop, AnyLoopback,
                accepted => accepted.Start((_, _) => { }, (_, _) => { }), new ListenerOptions { ReusePort = false }));
            await loop.InvokeAsync(() => Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, (c, e) =>
            {
                log.On(c, e);
                if (e == ConnectionEvent.Connected) connected.TrySetResult(c);
            }));
            Connection connection = await (await Kit13.Within(connected.Task, "the connection to open"));

            foreach (Action call in new Action[]
            {
                () => connection.Write(new byte[] { 1 }),
                () => connection.SetReadEnabled(false),
                () => connection.ShutdownWrite(),
                () => connection.Close(),
                () => connection.Reset(),
                () => connection.Start((_, _) => { }, (_, _) => { }),
                () => Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, (_, _) => { }),
                () => Listener.Open(loop, AnyLoopback, _ => { }, new ListenerOptions { ReusePort = false }),
            })
            {
                var refused = Assert.Throws<InvalidOperationException>(call);
                Assert.Contains(name, refused.Message, StringComparison.Ordinal);
            }
            Assert.Equal(ConnectionState.Open, await loop.InvokeAsync(() => connection.State));
            Assert.DoesNotContain(log.Events, e => e.Event == ConnectionEvent.Closed);
            await loop.InvokeAsync(() => { connection.Close(); listener.Dispose(); });
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc: "An onData or onEvent that throws is a throwing file-event callback (contract item 7): the connection stays
    // open, the exception goes to the loop's handler and is counted (FileEventFailures, UnhandledExceptions)".
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task A_throwing_onData_leaves_the_connection_open_and_is_reported_and_counted(DispatcherIoBackend backend)
    {
        var errors = new ConcurrentQueue<(Exception Error, int Thread)>();
        var loop = Dispatcher.Start(Kit13.UniqueName("ondata-throws"), new DispatcherOptions
        {
            IoBackend = backend,
            UnhandledExceptionHandler = (_, e) => errors.Enqueue((e, Environment.CurrentManagedThreadId)),
        });
        try
        {
            var received = new ConcurrentQueue<byte>();
            var twoReads = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var serverLog = new EventLog();
            Listener listener = await loop.InvokeAsync(() => Listener.Open(loop, AnyLoopback, accepted => accepted.Start((c, data) =>
            {
                foreach (byte b in data) received.Enqueue(b);
                if (received.Count >= 2) twoReads.TrySetResult();
                throw new InvalidOperationException("onData " + received.Count);
            }, serverLog.On), new ListenerOptions { ReusePort = false }));
            int loopThread = await loop.InvokeAsync(() => Environment.CurrentManagedThreadId);
            DispatcherStats before = await Kit13.StatsOnLoop(loop);

            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await Kit13.Within(client.ConnectAsync(listener.LocalEndPoint), "the client to connect");
            client.Send(new byte[] { 1 });
            await Kit13.Within(Task.Run(async () => { while (received.Count < 1) await Task.Yield(); }), "the first byte");
            client.Send(new byte[] { 2 });
            await Kit13.Within(twoReads.Task, "a read after onData threw");

            DispatcherStats after = await Kit13.StatsOnLoop(loop);
            Assert.Equal(new byte[] { 1, 2 }, received);
            Assert.Equal(2, errors.Count);
            Assert.All(errors, e => Assert.Equal(loopThread, e.Thread));
            Assert.Equal(2, after.FileEventFailures - before.FileEventFailures);
            Assert.Equal(2, after.UnhandledExceptions - before.UnhandledExceptions);
            Assert.DoesNotContain(serverLog.Events, e => e.Event == ConnectionEvent.Closed);
            await loop.InvokeAsync(() => listener.Dispose());
        }
        finally
        {
            loop.Dispose();
        }
    }

    // Doc: "One close path: every reason (..., the loop's exit) ... delivers Closed exactly once"; ConnectionCloseReason
    // LoopExited: "The owning loop exited with the connection open." And "On a loop that is exiting or has exited,
    // Connect and Start throw ObjectDisposedException".
    [Theory]
    [MemberData(nameof(Kit13.Backends), MemberType = typeof(Kit13))]
    public async Task The_loops_exit_closes_open_connections_once_with_LoopExited_and_Connect_while_exiting_is_refused(DispatcherIoBackend backend)
    {
        var loop = Dispatcher.Start(Kit13.UniqueName("net-exit"), new DispatcherOptions { IoBackend = backend });
        var clientLog = new EventLog();
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Listener listener = await loop.InvokeAsync(() => Listener.Open(loop, AnyLoopback,
            accepted => accepted.Start((_, _) => { }, (_, _) => { }), new ListenerOptions { ReusePort = false }));
        await loop.InvokeAsync(() => Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, (c, e) =>
        {
            clientLog.On(c, e);
            if (e == ConnectionEvent.Connected) connected.TrySetResult();
        }));
        await Kit13.Within(connected.Task, "the connection to open");

        using var hold = new ManualResetEventSlim();
        using var entered = new ManualResetEventSlim();
        Exception? connectWhileExiting = null;
        loop.Post(() => { entered.Set(); Kit13.WaitSet(hold, "the test to let the loop exit"); });
        loop.Post(() =>
        {
            try { Connection.Connect(loop, listener.LocalEndPoint, (_, _) => { }, (_, _) => { }); } catch (Exception e) { connectWhileExiting = e; }
        });
        Kit13.WaitSet(entered, "the loop to block");
        loop.Exit();
        hold.Set();
        await Kit13.Within(loop.Completion, "the loop to exit");

        Assert.IsType<ObjectDisposedException>(connectWhileExiting);
        var closes = 0;
        foreach (var e in clientLog.Events)
        {
            if (e.Event == ConnectionEvent.Closed)
            {
                closes++;
                Assert.Equal(ConnectionCloseReason.LoopExited, e.Reason);
            }
        }
        Assert.Equal(1, closes);
    }
}
