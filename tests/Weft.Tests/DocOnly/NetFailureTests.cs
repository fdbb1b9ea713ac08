using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Written from docs/io.md ("Balancers", "Failure paths" table) and the XML docs of BalancedListener, Listener and
// Connection.Connect.
public sealed class NetFailureTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    /// <summary>Connects, optionally sends, and reads until the peer ends the connection: "eof", "reset" or the text read.</summary>
    private static async Task<string> Exchange(IPEndPoint endPoint, string? send)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (send is null)
        {
            try
            {
                // The kernel completes the handshake before the loop accepts, so a reset can even reach the
                // client's connect completion: that is the same answer.
                await client.ConnectAsync(endPoint);
                return await client.ReceiveAsync(new byte[16]) == 0 ? "eof" : "data";
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
            {
                return "reset";
            }
        }

        await client.ConnectAsync(endPoint);
        await client.SendAsync(System.Text.Encoding.ASCII.GetBytes(send));
        var buffer = new byte[16];
        var n = await client.ReceiveAsync(buffer);
        return System.Text.Encoding.ASCII.GetString(buffer, 0, n);
    }

    private sealed class ScriptedBalancer : IConnectionBalancer
    {
        private int _calls;

        public int Pick(ReadOnlySpan<WorkerLoad> candidates) => ++_calls switch
        {
            1 => throw new InvalidOperationException("balancer failed"),
            2 => candidates.Length, // out of range
            _ => 0,
        };
    }

    // "One that throws or answers out of range loses only that connection: the socket is closed, counted in
    // BalancerFailures, the exception goes to the accepting loop's handler (and its UnhandledExceptions), and accepting
    // goes on."
    [Fact]
    public async Task A_balancer_that_throws_then_answers_out_of_range_loses_just_those_two_connections_and_accepting_goes_on()
    {
        var reports = new HandlerLog();
        var options = Options("dq-balancer", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var listener = await Within(pool.Main.InvokeAsync(() => BalancedListener.Open(
            pool,
            AnyLoopbackPort,
            accepted => accepted.Start((c, data) => c.Write(data), (_, _) => { }),
            new BalancedListenerOptions { Balancer = new ScriptedBalancer() })), "opening the listener on main");

        var first = await Within(Exchange(listener.LocalEndPoint, null), "the connection the balancer threw on");
        var second = await Within(Exchange(listener.LocalEndPoint, null), "the connection the balancer answered out of range for");
        var third = await Within(Exchange(listener.LocalEndPoint, "ping"), "a connection after the two failures");

        Assert.NotEqual("data", first);
        Assert.NotEqual("data", second);
        Assert.Equal("ping", third);
        var (failures, accepted, delivered, mainExceptions) = await pool.Main.InvokeAsync(() => (listener.BalancerFailures, listener.Accepted, listener.Delivered, pool.Main.Stats.UnhandledExceptions));
        Assert.Equal(2, failures);
        Assert.Equal(3, accepted);
        Assert.Equal(1, delivered);
        Assert.Equal(2, mainExceptions);
        Assert.Equal(2, reports.Reports.Count);
        Assert.All(reports.Reports, r => Assert.Same(pool.Main, r.Dispatcher));
        Assert.Contains(reports.Reports, r => r.Exception.Message == "balancer failed");
        await pool.Main.InvokeAsync(listener.Dispose);
    }

    // Failure paths table: "onAccepted throws, or leaves the connection unstarted | reset and re-thrown to the loop's
    // handler, or closed and logged | the worker's UnhandledExceptions".
    [Fact]
    public async Task An_accept_callback_that_throws_resets_its_peer_and_one_that_starts_nothing_closes_it_while_later_connections_are_served()
    {
        var reports = new HandlerLog();
        var options = Options("dq-onaccept", 1);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var calls = 0;
        var listener = await Within(pool.Main.InvokeAsync(() => BalancedListener.Open(pool, AnyLoopbackPort, accepted =>
        {
            switch (++calls)
            {
                case 1: throw new InvalidOperationException("accept callback failed");
                case 2: return; // leaves it unstarted
                default: accepted.Start((c, data) => c.Write(data), (_, _) => { }); break;
            }
        })), "opening the listener on main");
        var worker = pool.Workers[0];

        var thrownOn = await Within(Exchange(listener.LocalEndPoint, null), "the connection whose accept callback threw");
        var unstarted = await Within(Exchange(listener.LocalEndPoint, null), "the connection left unstarted");
        var served = await Within(Exchange(listener.LocalEndPoint, "pong"), "a connection after those two");

        Assert.Equal("reset", thrownOn);
        Assert.Equal("eof", unstarted);
        Assert.Equal("pong", served);
        var report = Assert.Single(reports.Reports);
        Assert.Same(worker, report.Dispatcher);
        Assert.Same(worker, report.RanOn);
        Assert.Equal("accept callback failed", report.Exception.Message);
        Assert.True(worker.Stats.UnhandledExceptions >= 1, $"{worker.Name} counted {worker.Stats.UnhandledExceptions} unhandled exceptions");
        await pool.Main.InvokeAsync(listener.Dispose);
    }

    // Connection.Connect: "the outcome arrives as Connected or as Closed with ConnectFailed or ConnectTimeout (never
    // synchronously from this call)".
    [Fact]
    public async Task A_refused_connect_closes_with_ConnectFailed_on_its_loop_and_never_from_inside_Connect()
    {
        using var loop = Dispatcher.Start("doc-refused");
        IPEndPoint closedPort;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(AnyLoopbackPort);
            closedPort = (IPEndPoint)probe.LocalEndPoint!;
        }

        var events = new ConcurrentQueue<(ConnectionEvent Event, bool DuringConnect, Dispatcher? On)>();
        var closed = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
        var insideConnect = false;
        await Within(loop.InvokeAsync(() =>
        {
            insideConnect = true;
            Connection.Connect(loop, closedPort, (_, _) => { }, (c, e) =>
            {
                events.Enqueue((e, insideConnect, Dispatcher.Current));
                if (e == ConnectionEvent.Closed)
                {
                    closed.TrySetResult(c);
                }
            });
            insideConnect = false;
        }), "connecting from the loop");
        var connection = await Within(closed.Task, "the refused connect's Closed event");

        var only = Assert.Single(events);
        Assert.Equal(ConnectionEvent.Closed, only.Event);
        Assert.False(only.DuringConnect, "Closed was delivered from inside Connect");
        Assert.Same(loop, only.On);
        Assert.Equal(ConnectionCloseReason.ConnectFailed, await loop.InvokeAsync(() => connection.CloseReason));
    }

    // BalancedListener.Open(pool, …): "<exception cref="InvalidOperationException">Called off main's thread." and
    // "<exception cref="ArgumentException">The pool has no worker."; Listener.Open: "Called off dispatcher's thread."
    [Fact]
    public async Task Listeners_opened_from_the_wrong_thread_or_on_a_pool_without_workers_are_refused()
    {
        await using var pool = WorkerPool.Start(Options("dq-netargs", 1));
        await using var mainOnly = WorkerPool.Start(Options("dq-netargs0", 0));

        Assert.Throws<InvalidOperationException>(() => BalancedListener.Open(pool, AnyLoopbackPort, c => c.Close()));
        Assert.Throws<InvalidOperationException>(() => Listener.Open(pool.Workers[0], AnyLoopbackPort, c => c.Close()));
        var noWorker = await Within(
            mainOnly.Main.InvokeAsync(() => Record.Exception(() => BalancedListener.Open(mainOnly, AnyLoopbackPort, c => c.Close()))),
            "opening a balanced listener on a main-only pool");
        Assert.IsAssignableFrom<ArgumentException>(noWorker);
    }
}
