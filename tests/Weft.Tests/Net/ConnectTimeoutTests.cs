using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>
/// The connect timeout belongs to the kernel's verdict and to the time since the connect call: a busy loop can
/// neither turn an accepted connect into a timeout (and so a second connect elsewhere) nor cut a connect short.
/// </summary>
public sealed class ConnectTimeoutTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    [Fact]
    public void A_connect_the_kernel_completed_before_its_timer_expired_unseen_is_connected_not_timed_out()
    {
        using var loop = Dispatcher.Start("kernel-verdict");
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        upstream.Bind(AnyLoopbackPort);
        upstream.Listen(4);
        var events = new System.Collections.Generic.List<ConnectionEvent>();
        Connection? connection = null;

        loop.Invoke(() =>
        {
            // One busy callback: connect, let the upstream accept it and the timeout pass, and expire the timer before
            // the loop has had a chance to see the connect's readiness (what a loop busy past the timeout does).
            connection = Connection.Connect(loop, upstream.LocalEndPoint!, (_, _) => { }, (_, e) => events.Add(e), new ConnectionOptions { ConnectTimeout = TimeSpan.FromMilliseconds(1) });
            using Socket accepted = upstream.Accept();
            var waited = Stopwatch.StartNew();
            SpinWait.SpinUntil(() => waited.Elapsed > TimeSpan.FromMilliseconds(5));
            connection.ExpireConnectTimerNow();
            return true;
        });

        var (state, reason, seen) = loop.Invoke(() => (connection!.State, connection.CloseReason, events.ToArray()));
        Assert.True(seen.FirstOrDefault() == ConnectionEvent.Connected, $"events: {string.Join(", ", seen)}; close reason {reason}");
        Assert.Equal(ConnectionCloseReason.None, reason);
        loop.Invoke(() =>
        {
            connection!.Close();
            return state;
        });
    }

    [Fact]
    public void A_peer_that_accepts_and_resets_before_the_loop_sees_the_handshake_is_connected_then_reset_not_a_failed_connect()
    {
        using var loop = Dispatcher.Start("accept-then-reset");
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        upstream.Bind(AnyLoopbackPort);
        upstream.Listen(4);
        var events = new System.Collections.Generic.List<string>();
        Connection? connection = null;

        loop.Invoke(() =>
        {
            connection = Connection.Connect(loop, upstream.LocalEndPoint!, (_, _) => { }, (c, e) => events.Add(e == ConnectionEvent.Closed ? $"Closed {c.CloseReason}" : e.ToString()), new ConnectionOptions { ConnectTimeout = TimeSpan.FromMilliseconds(1) });
            Socket accepted = upstream.Accept();
            accepted.LingerState = new LingerOption(true, 0);
            accepted.Dispose();
            var waited = Stopwatch.StartNew();
            SpinWait.SpinUntil(() => waited.Elapsed > TimeSpan.FromMilliseconds(5));
            connection.ExpireConnectTimerNow();
            return true;
        });

        string[] seen = loop.Invoke(() => events.ToArray());
        Assert.Equal(new[] { "Connected", "Closed RemoteReset" }, seen);
    }

    [Fact]
    public void A_connect_made_late_in_a_busy_iteration_gets_its_whole_timeout()
    {
        using var loop = Dispatcher.Start("late-connect");
        // A listener that never accepts, its queue (backlog 1 holds 2) already full: the kernel drops further SYNs.
        using var silent = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        silent.Bind(AnyLoopbackPort);
        silent.Listen(1);
        var fillers = Enumerable.Range(0, 2).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            fillers.ForEach(f => f.Connect(silent.LocalEndPoint!));
            TimeSpan timeout = TimeSpan.FromMilliseconds(150);
            var closed = new TaskCompletionSource<(ConnectionCloseReason, TimeSpan)>(TaskCreationOptions.RunContinuationsAsynchronously);
            loop.Invoke(() =>
            {
                // The iteration's clock was read before this busy stretch; a timer measured from it would fire at once.
                var busy = Stopwatch.StartNew();
                SpinWait.SpinUntil(() => busy.Elapsed > timeout * 2);
                long calledAt = Stopwatch.GetTimestamp();
                Connection.Connect(loop, silent.LocalEndPoint!, (_, _) => { }, (c, e) =>
                {
                    if (e == ConnectionEvent.Closed)
                    {
                        closed.TrySetResult((c.CloseReason, Stopwatch.GetElapsedTime(calledAt)));
                    }
                }, new ConnectionOptions { ConnectTimeout = timeout });
                return true;
            });

            (ConnectionCloseReason reason, TimeSpan after) = closed.Task.Result("the connect timeout");
            Assert.Equal(ConnectionCloseReason.ConnectTimeout, reason);
            // A lower bound only (a timer never fires early); how late it fires on a loaded machine is not asserted.
            Assert.True(after >= timeout, $"timed out {after.TotalMilliseconds:F0} ms after the connect call, before its {timeout.TotalMilliseconds} ms");
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    [Fact]
    public void A_reset_after_the_peers_FIN_closes_the_connection_as_a_remote_reset()
    {
        using var loop = Dispatcher.Start("fin-then-rst");
        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        upstream.Bind(AnyLoopbackPort);
        upstream.Listen(4);
        var closed = new TaskCompletionSource<ConnectionCloseReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        var halfClosed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Connection? connection = null;
        loop.Invoke(() => connection = Connection.Connect(loop, upstream.LocalEndPoint!, (_, _) => { }, (c, e) =>
        {
            if (e == ConnectionEvent.RemoteHalfClosed)
            {
                halfClosed.TrySetResult(true);
            }
            else if (e == ConnectionEvent.Closed)
            {
                closed.TrySetResult(c.CloseReason);
            }
        }));
        using Socket peer = upstream.Accept();
        peer.Shutdown(SocketShutdown.Send);
        halfClosed.Task.Result("the peer's FIN");

        // The peer closes; this side then writes, and the peer's kernel answers with a reset that no read is there to see.
        peer.Close();
        loop.Invoke(() => connection!.Write("late"u8));
        Assert.Equal(ConnectionCloseReason.RemoteReset, closed.Task.Result("the reset after the FIN"));
    }
}
