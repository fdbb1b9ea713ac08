using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocOnly14;

/// <summary>
/// docs/failure-semantics.md, "Bad arguments": "`ConnectionOptions` (checked when a `Listener` or `BalancedListener` is
/// made with them, or by `Connection.Connect`): `HighWatermark` below 1, `LowWatermark` negative or not below
/// `HighWatermark`, `ConnectTimeout` zero or negative, `IdleTimeout` zero or negative (except
/// `Timeout.InfiniteTimeSpan`), `MaxReadBytesPerEvent` below 1: each throws `ArgumentOutOfRangeException` naming the
/// property." ConnectionOptions XML: "a value outside what each property names throws ArgumentOutOfRangeException whose
/// parameter name is the property's." Each property's XML names its range ("at least 1", "at least 0 and below
/// HighWatermark", "positive", "InfiniteTimeSpan (default) never; otherwise positive", "at least 1").
/// </summary>
public sealed class ConnectionOptionsTests
{
    private static readonly Dictionary<string, (string Property, Action<ConnectionOptions> Set)> s_bad = new()
    {
        ["High=0"] = ("HighWatermark", o => { o.HighWatermark = 0; o.LowWatermark = 0; }),
        ["High=-1"] = ("HighWatermark", o => { o.HighWatermark = -1; o.LowWatermark = 0; }),
        ["High=MinValue"] = ("HighWatermark", o => o.HighWatermark = int.MinValue),
        ["High=0,defaultLow"] = ("HighWatermark", o => o.HighWatermark = 0),
        ["Low=-1"] = ("LowWatermark", o => o.LowWatermark = -1),
        ["Low=MinValue"] = ("LowWatermark", o => o.LowWatermark = int.MinValue),
        ["Low=High"] = ("LowWatermark", o => { o.HighWatermark = 100; o.LowWatermark = 100; }),
        ["Low>High"] = ("LowWatermark", o => { o.HighWatermark = 100; o.LowWatermark = 101; }),
        ["Low=High=1"] = ("LowWatermark", o => { o.HighWatermark = 1; o.LowWatermark = 1; }),
        ["Low=High=Max"] = ("LowWatermark", o => { o.HighWatermark = int.MaxValue; o.LowWatermark = int.MaxValue; }),
        ["DefaultLow>High"] = ("LowWatermark", o => o.HighWatermark = 1000),
        ["Connect=0"] = ("ConnectTimeout", o => o.ConnectTimeout = TimeSpan.Zero),
        ["Connect=-1tick"] = ("ConnectTimeout", o => o.ConnectTimeout = TimeSpan.FromTicks(-1)),
        ["Connect=-1s"] = ("ConnectTimeout", o => o.ConnectTimeout = TimeSpan.FromSeconds(-1)),
        ["Connect=Infinite"] = ("ConnectTimeout", o => o.ConnectTimeout = Timeout.InfiniteTimeSpan),
        ["Connect=MinValue"] = ("ConnectTimeout", o => o.ConnectTimeout = TimeSpan.MinValue),
        ["Idle=0"] = ("IdleTimeout", o => o.IdleTimeout = TimeSpan.Zero),
        ["Idle=-1tick"] = ("IdleTimeout", o => o.IdleTimeout = TimeSpan.FromTicks(-1)),
        ["Idle=-2ms"] = ("IdleTimeout", o => o.IdleTimeout = TimeSpan.FromMilliseconds(-2)),
        ["Idle=-1ms+1tick"] = ("IdleTimeout", o => o.IdleTimeout = Timeout.InfiniteTimeSpan + TimeSpan.FromTicks(1)),
        ["Idle=-1ms-1tick"] = ("IdleTimeout", o => o.IdleTimeout = Timeout.InfiniteTimeSpan - TimeSpan.FromTicks(1)),
        ["Idle=MinValue"] = ("IdleTimeout", o => o.IdleTimeout = TimeSpan.MinValue),
        ["MaxRead=0"] = ("MaxReadBytesPerEvent", o => o.MaxReadBytesPerEvent = 0),
        ["MaxRead=-1"] = ("MaxReadBytesPerEvent", o => o.MaxReadBytesPerEvent = -1),
        ["MaxRead=MinValue"] = ("MaxReadBytesPerEvent", o => o.MaxReadBytesPerEvent = int.MinValue),
    };

    public static TheoryData<string> BadCases => new(s_bad.Keys);

    private static readonly Dictionary<string, Action<ConnectionOptions>> s_good = new()
    {
        ["High=1,Low=0"] = o => { o.HighWatermark = 1; o.LowWatermark = 0; },
        ["Low=High-1"] = o => { o.HighWatermark = 100; o.LowWatermark = 99; },
        ["High=Max,Low=Max-1"] = o => { o.HighWatermark = int.MaxValue; o.LowWatermark = int.MaxValue - 1; },
        ["Connect=1tick"] = o => o.ConnectTimeout = TimeSpan.FromTicks(1),
        ["Connect=1ms"] = o => o.ConnectTimeout = TimeSpan.FromMilliseconds(1),
        ["Connect=1day"] = o => o.ConnectTimeout = TimeSpan.FromDays(1),
        ["Connect=MaxValue"] = o => o.ConnectTimeout = TimeSpan.MaxValue,
        ["Idle=Infinite"] = o => o.IdleTimeout = Timeout.InfiniteTimeSpan,
        ["Idle=1tick"] = o => o.IdleTimeout = TimeSpan.FromTicks(1),
        ["Idle=1day"] = o => o.IdleTimeout = TimeSpan.FromDays(1),
        ["Idle=MaxValue"] = o => o.IdleTimeout = TimeSpan.MaxValue,
        ["MaxRead=1"] = o => o.MaxReadBytesPerEvent = 1,
        ["MaxRead=Max"] = o => o.MaxReadBytesPerEvent = int.MaxValue,
        ["Defaults"] = _ => { },
    };

    public static TheoryData<string> GoodCases => new(s_good.Keys);

    private static ConnectionOptions Bad(string key, out string property)
    {
        var options = new ConnectionOptions();
        (property, Action<ConnectionOptions> set) = s_bad[key];
        set(options);
        return options;
    }

    private static ConnectionOptions Good(string key)
    {
        var options = new ConnectionOptions();
        s_good[key](options);
        return options;
    }

    private static void AssertRefused(Exception? thrown, string property, string site)
    {
        Assert.NotNull(thrown);
        ArgumentOutOfRangeException range = Assert.IsType<ArgumentOutOfRangeException>(thrown);
        Assert.True(range.ParamName == property, $"{site}: ParamName '{range.ParamName}', expected '{property}' ({range.Message})");
    }

    private static T OnLoop<T>(Dispatcher loop, Func<T> body, string what)
    {
        Task<T> task = loop.InvokeAsync(body);
        Kit14.WaitTask(task, what);
        return task.GetAwaiter().GetResult();
    }

    private static Exception? CaptureOnLoop(Dispatcher loop, Action body, string what) =>
        OnLoop(loop, () => Record.Exception(body), what);

    // "checked when a `Listener` ... is made with them": Listener.Open, and the port stays free after the refusal.
    [Theory]
    [MemberData(nameof(BadCases))]
    public void Listener_Open_refuses_and_leaves_the_port_free(string key)
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-listen"));
        ConnectionOptions options = Bad(key, out string property);
        int port = Kit14.FreePort();
        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        Exception? thrown = CaptureOnLoop(loop, () => Listener.Open(loop, endPoint, c => c.Close(), new ListenerOptions { Connection = options, ReusePort = false }), "Listener.Open");
        AssertRefused(thrown, property, "Listener.Open");
        Assert.True(Kit14.PortIsFree(port), $"port {port} still bound after Listener.Open refused {key}");
    }

    // Same with SO_REUSEPORT (the default): nothing is left bound that another reuse-port listener could share.
    [Theory]
    [InlineData("High=0")]
    [InlineData("Idle=0")]
    [InlineData("Connect=-1s")]
    public void Listener_Open_with_ReusePort_refuses_and_leaves_the_port_free(string key)
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-listen-rp"));
        ConnectionOptions options = Bad(key, out string property);
        int port = Kit14.FreePort();
        Exception? thrown = CaptureOnLoop(loop, () => Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, port), c => c.Close(), new ListenerOptions { Connection = options }), "Listener.Open");
        AssertRefused(thrown, property, "Listener.Open (ReusePort)");
        Assert.True(Kit14.PortIsFree(port), $"port {port} still bound after a refused reuse-port Listener.Open");
    }

    // "checked when a `Listener` ... is made with them": Listener.Adopt also makes a Listener. Reading: it checks them
    // too. The socket stays the caller's here (the listener was never made), and it is left untouched: still listening.
    [Theory]
    [MemberData(nameof(BadCases))]
    public void Listener_Adopt_refuses(string key)
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-adopt"));
        ConnectionOptions options = Bad(key, out string property);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.Listen(4);
        Exception? thrown = CaptureOnLoop(loop, () => Listener.Adopt(loop, socket, c => c.Close(), new ListenerOptions { Connection = options }), "Listener.Adopt");
        AssertRefused(thrown, property, "Listener.Adopt");
    }

    // "checked when a ... `BalancedListener` is made with them": Open(acceptLoop, workers, ...).
    [Theory]
    [MemberData(nameof(BadCases))]
    public void BalancedListener_Open_on_loops_refuses_and_leaves_the_port_free(string key)
    {
        using Dispatcher accept = Dispatcher.Start(Kit14.UniqueName("co-bal-accept"));
        using Dispatcher worker = Dispatcher.Start(Kit14.UniqueName("co-bal-worker"));
        ConnectionOptions options = Bad(key, out string property);
        int port = Kit14.FreePort();
        Exception? thrown = CaptureOnLoop(accept, () => BalancedListener.Open(accept, new[] { worker }, new IPEndPoint(IPAddress.Loopback, port), c => c.Close(), new BalancedListenerOptions { Connection = options }), "BalancedListener.Open");
        AssertRefused(thrown, property, "BalancedListener.Open(loops)");
        Assert.True(Kit14.PortIsFree(port), $"port {port} still bound after BalancedListener.Open refused {key}");
    }

    // "checked when a ... `BalancedListener` is made with them": Open(pool, ...), on main.
    [Theory]
    [InlineData("High=0")]
    [InlineData("Low=High")]
    [InlineData("Connect=0")]
    [InlineData("Idle=-1tick")]
    [InlineData("MaxRead=0")]
    public async Task BalancedListener_Open_on_a_pool_refuses_and_leaves_the_port_free(string key)
    {
        WorkerPool pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, ThreadNamePrefix = Kit14.UniqueName("co-pool") });
        try
        {
            ConnectionOptions options = Bad(key, out string property);
            int port = Kit14.FreePort();
            Task<Exception?> attempt = pool.Main.InvokeAsync<Exception?>(() => Record.Exception(() => BalancedListener.Open(pool, new IPEndPoint(IPAddress.Loopback, port), c => c.Close(), new BalancedListenerOptions { Connection = options })));
            await Kit14.Within(attempt, "BalancedListener.Open on main");
            AssertRefused(await attempt, property, "BalancedListener.Open(pool)");
            Assert.True(Kit14.PortIsFree(port), $"port {port} still bound after BalancedListener.Open(pool) refused {key}");
        }
        finally
        {
            await Kit14.Within(pool.DisposeAsync().AsTask(), "the pool's disposal");
        }
    }

    // "or by `Connection.Connect`": refused synchronously, and no connection attempt reaches the peer.
    [Theory]
    [MemberData(nameof(BadCases))]
    public void Connection_Connect_refuses_and_opens_nothing(string key)
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-connect"));
        ConnectionOptions options = Bad(key, out string property);
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        server.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        server.Listen(8);
        var remote = (IPEndPoint)server.LocalEndPoint!;
        int events = 0;
        Exception? thrown = CaptureOnLoop(loop, () => Connection.Connect(loop, remote, (_, _) => { }, (_, _) => events++, options), "Connection.Connect");
        AssertRefused(thrown, property, "Connection.Connect");

        // A good connect afterwards: it is the first and only one the server sees.
        Assert.Equal(0, Kit14.Result(loop.InvokeAsync(() => events), "reading the event count"));
        server.Blocking = false;
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        OnLoop(loop, () => Connection.Connect(loop, remote, (_, _) => { }, (c, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                connected.TrySetResult();
            }
        }), "a good connect");
        Kit14.WaitTask(connected.Task, "the good connect");
        using Socket first = AcceptWithin(server);
        Assert.Throws<SocketException>(() => server.Accept().Dispose());
        _ = first;
    }

    private static Socket AcceptWithin(Socket server)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return server.Accept();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.WouldBlock)
            {
                Assert.True(clock.Elapsed < Kit14.Bound, "the server did not see the good connect");
                server.Poll(100_000, SelectMode.SelectRead);
            }
        }
    }

    // Valid boundaries ("at least 1", "at least 0 and below HighWatermark", "positive", InfiniteTimeSpan for idle):
    // accepted by every site, and a connection made with them connects and carries bytes.
    [Theory]
    [MemberData(nameof(GoodCases))]
    public void Valid_boundaries_are_accepted_by_Listener_and_Connect_and_a_byte_round_trips(string key)
    {
        if (key.StartsWith("Idle=1tick", StringComparison.Ordinal))
        {
            // An idle timeout of one tick closes the connection at once; accepted, but it cannot carry a round trip.
            AcceptedOnly(key);
            return;
        }

        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-good"));
        var echoed = new TaskCompletionSource<byte>(TaskCreationOptions.RunContinuationsAsynchronously);
        var failed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Listener listener = OnLoop(loop, () => Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), accepted => accepted.Start(
            (c, data) => c.Write(data),
            (_, _) => { }), new ListenerOptions { Connection = Good(key), ReusePort = false }), "Listener.Open");
        OnLoop(loop, () => Connection.Connect(loop, listener.LocalEndPoint, (c, data) =>
        {
            echoed.TrySetResult(data[0]);
            c.Close();
        }, (c, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                c.Write(new byte[] { 42 });
            }
            else if (e == ConnectionEvent.Closed && !echoed.Task.IsCompleted)
            {
                failed.TrySetResult($"{c.CloseReason} {c.LastError}");
            }
        }, Good(key)), "Connection.Connect");
        Task done = Task.WhenAny(echoed.Task, failed.Task);
        Kit14.WaitTask(done, $"the echo with {key}");
        Assert.False(failed.Task.IsCompleted, $"{key}: closed before the echo: {(failed.Task.IsCompleted ? Kit14.Result(failed.Task, "why") : "")}");
        Assert.Equal(42, Kit14.Result(echoed.Task, "the echoed byte"));
        Kit14.WaitTask(loop.InvokeAsync(listener.Dispose), "closing the listener");
    }

    private static void AcceptedOnly(string key)
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-good-only"));
        Exception? thrown = CaptureOnLoop(loop, () =>
        {
            Listener listener = Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), c => c.Close(), new ListenerOptions { Connection = Good(key), ReusePort = false });
            listener.Dispose();
        }, "Listener.Open");
        Assert.Null(thrown);
    }

    // Valid boundaries at BalancedListener.Open.
    [Theory]
    [MemberData(nameof(GoodCases))]
    public void Valid_boundaries_are_accepted_by_BalancedListener(string key)
    {
        using Dispatcher accept = Dispatcher.Start(Kit14.UniqueName("co-bal-good"));
        Exception? thrown = CaptureOnLoop(accept, () =>
        {
            BalancedListener listener = BalancedListener.Open(accept, new[] { accept }, new IPEndPoint(IPAddress.Loopback, 0), c => c.Close(), new BalancedListenerOptions { Connection = Good(key) });
            listener.Dispose();
        }, "BalancedListener.Open");
        Assert.Null(thrown);
    }

    // "naming the property": with several bad properties at once, the exception still names one of the bad ones.
    [Fact]
    public void Several_bad_properties_name_one_of_them()
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-several"));
        var options = new ConnectionOptions { HighWatermark = 0, LowWatermark = -1, ConnectTimeout = TimeSpan.Zero, IdleTimeout = TimeSpan.Zero, MaxReadBytesPerEvent = 0 };
        Exception? thrown = CaptureOnLoop(loop, () => Connection.Connect(loop, new IPEndPoint(IPAddress.Loopback, 9), (_, _) => { }, (_, _) => { }, options), "Connection.Connect");
        ArgumentOutOfRangeException range = Assert.IsType<ArgumentOutOfRangeException>(thrown);
        Assert.Contains(range.ParamName, new[] { "HighWatermark", "LowWatermark", "ConnectTimeout", "IdleTimeout", "MaxReadBytesPerEvent" });
    }

    // The refusal carries the rejected value's property in its message too (ArgumentOutOfRangeException's message
    // includes the parameter name); the loop survives the refusal and keeps running callbacks.
    [Fact]
    public void Loop_goes_on_after_a_refusal()
    {
        using Dispatcher loop = Dispatcher.Start(Kit14.UniqueName("co-survive"));
        Exception? thrown = CaptureOnLoop(loop, () => Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), c => c.Close(), new ListenerOptions { Connection = new ConnectionOptions { MaxReadBytesPerEvent = 0 } }), "Listener.Open");
        Assert.IsType<ArgumentOutOfRangeException>(thrown);
        Assert.Contains("MaxReadBytesPerEvent", thrown!.Message, StringComparison.Ordinal);
        Assert.Equal(7, OnLoop(loop, () => 7, "a callback after the refusal"));
        Assert.Equal(0, loop.Stats.UnhandledExceptions);
    }
}
