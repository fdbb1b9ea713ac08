using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>
/// Out of descriptors on accept: the listener pauses 10 ms doubling to 1 s and always comes back. Timings are asserted
/// on the pauses the listener schedules (and on the pure back-off sequence), never on the wall clock.
/// </summary>
public sealed class ListenerBackoffTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    [Fact]
    public void The_pause_starts_at_the_minimum_doubles_to_the_maximum_and_starts_over_after_a_success()
    {
        var backoff = new AcceptBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));
        var pauses = Enumerable.Range(0, 9).Select(_ => (int)backoff.Next().TotalMilliseconds).ToArray();
        Assert.Equal(new[] { 10, 20, 40, 80, 160, 320, 640, 1000, 1000 }, pauses);
        backoff.Reset();
        Assert.Equal(TimeSpan.FromMilliseconds(10), backoff.Next());
    }

    [Fact]
    public void Accepts_failing_for_want_of_descriptors_back_off_and_retry_until_the_queued_client_is_accepted()
    {
        using var loop = Dispatcher.Start("backoff");
        const int Failures = 4;
        int acceptCalls = 0;
        var pauses = new List<TimeSpan>();
        var reported = new List<SocketError>();
        using var accepted = new ManualResetEventSlim();
        var options = new ListenerOptions
        {
            AcceptSeam = socket =>
            {
                // Every call is on the loop (the list needs no lock); the first ones fail as accept(2) does at EMFILE.
                if (++acceptCalls <= Failures)
                {
                    throw new SocketException((int)SocketError.TooManyOpenSockets);
                }

                return socket.Accept();
            },
            BackoffScheduled = pauses.Add,
        };

        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            c.Close();
            accepted.Set();
        }, options, (_, error) => reported.Add(error)));
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint);
        accepted.Wait("the client to be accepted after the failures");

        var (calls, failures, backoffs, scheduled, errors, backingOff) = loop.Invoke(() =>
            (acceptCalls, listener.AcceptFailures, listener.AcceptBackoffs, pauses.ToArray(), reported.ToArray(), listener.IsBackingOff));
        Assert.Equal(new[] { 10, 20, 40, 80 }, scheduled.Select(p => (int)p.TotalMilliseconds));
        Assert.Equal(Failures + 1, calls); // one accept per pause: nothing retried before its pause ended
        Assert.Equal(Failures, failures);
        Assert.Equal(Failures, backoffs);
        Assert.All(errors, e => Assert.Equal(SocketError.TooManyOpenSockets, e));
        Assert.Equal(Failures, errors.Length);
        Assert.False(backingOff);
        loop.Invoke(() =>
        {
            listener.Dispose();
            return true;
        });
    }

    [Fact]
    public void After_a_success_the_next_failure_pauses_for_the_minimum_again()
    {
        using var loop = Dispatcher.Start("backoff-reset");
        int acceptCalls = 0;
        var pauses = new List<TimeSpan>();
        using var twoAccepted = new CountdownEvent(2);
        var options = new ListenerOptions
        {
            // Fails twice, accepts, fails once, accepts.
            AcceptSeam = socket => ++acceptCalls is 1 or 2 or 4 ? throw new SocketException((int)SocketError.TooManyOpenSockets) : socket.Accept(),
            BackoffScheduled = pauses.Add,
        };

        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            c.Close();
            twoAccepted.Signal();
        }, options));
        using var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        first.Connect(listener.LocalEndPoint);
        loop.Flush();
        using var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        SpinWait.SpinUntil(() => loop.Invoke(() => listener.Accepted) == 1, TestWait.Timeout);
        second.Connect(listener.LocalEndPoint);
        twoAccepted.Wait("both clients to be accepted");

        Assert.Equal(new[] { 10, 20, 10 }, loop.Invoke(() => pauses.Select(p => (int)p.TotalMilliseconds).ToArray()));
        loop.Invoke(() =>
        {
            listener.Dispose();
            return true;
        });
    }

    [Fact]
    public void An_owner_that_cannot_serve_what_it_accepted_pauses_the_listener_and_queued_clients_are_accepted_after()
    {
        using var loop = Dispatcher.Start("owner-backoff");
        var pauses = new List<TimeSpan>();
        using var accepted = new ManualResetEventSlim();
        var options = new ListenerOptions { BackoffScheduled = pauses.Add };
        int reported = 0;
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            c.Close();
            accepted.Set();
        }, options, (_, _) => reported++));

        var (backingOff, failures) = loop.Invoke(() =>
        {
            listener.BackOff(SocketError.TooManyOpenSockets);
            listener.BackOff(SocketError.TooManyOpenSockets); // during the pause: counted, not extended
            return (listener.IsBackingOff, listener.AcceptFailures);
        });
        Assert.True(backingOff);
        Assert.Equal(2, failures);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint);
        accepted.Wait("the queued client after the pause");
        Assert.Equal(new[] { 10 }, loop.Invoke(() => pauses.Select(p => (int)p.TotalMilliseconds).ToArray()));
        Assert.Equal(2, loop.Invoke(() => reported));
        loop.Invoke(() =>
        {
            listener.Dispose();
            return true;
        });
    }

    [Fact]
    public void An_owner_that_keeps_failing_gets_doubling_pauses_and_no_more_accepts_until_each_pause_ends()
    {
        using var loop = Dispatcher.Start("owner-backoff-doubling");
        var pauses = new List<TimeSpan>();
        int calls = 0;
        using var served = new ManualResetEventSlim();
        var options = new ListenerOptions { BackoffScheduled = pauses.Add };
        Listener? self = null;
        Listener listener = self = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            c.Close();
            if (++calls <= 3)
            {
                // A proxy with no descriptor left for the upstream side: the accept itself succeeded.
                self!.BackOff(SocketError.TooManyOpenSockets);
                return;
            }

            served.Set();
        }, options));
        var clients = Enumerable.Range(0, 4).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            // All four queued before the loop looks: one readiness edge for them.
            loop.Invoke(() =>
            {
                clients.ForEach(c => c.Connect(listener.LocalEndPoint));
                return true;
            });
            served.Wait("the fourth client, after three pauses");

            // The accepts between the owner's failures are successes, but they must not reset the pause (else it stays
            // at the minimum and the log floods), and none is taken while a pause runs.
            Assert.Equal(new[] { 10, 20, 40 }, loop.Invoke(() => pauses.Select(p => (int)p.TotalMilliseconds).ToArray()));
            Assert.Equal(4, loop.Invoke(() => calls));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            loop.Invoke(() =>
            {
                listener.Dispose();
                return true;
            });
        }
    }

    [Fact]
    public void An_accept_callback_that_throws_does_not_strand_the_clients_queued_behind_it()
    {
        using var loop = Dispatcher.Start("throwing-accept", new DispatcherOptions { UnhandledExceptionHandler = (_, _) => { } });
        int calls = 0;
        using var secondAccepted = new ManualResetEventSlim();
        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            if (++calls == 1)
            {
                throw new InvalidOperationException("the first accept callback fails");
            }

            c.Close();
            secondAccepted.Set();
        }));
        using var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        // Both queued before the loop looks: one readiness edge for the two of them.
        loop.Invoke(() =>
        {
            first.Connect(listener.LocalEndPoint);
            second.Connect(listener.LocalEndPoint);
            return true;
        });
        secondAccepted.Wait("the client queued behind the one whose callback threw");
        Assert.Equal(2, loop.Invoke(() => calls));
        loop.Invoke(() =>
        {
            listener.Dispose();
            return true;
        });
    }

    [Fact]
    public void A_client_that_aborted_while_queued_is_counted_and_skipped_without_a_pause()
    {
        using var loop = Dispatcher.Start("aborted");
        int acceptCalls = 0;
        var pauses = new List<TimeSpan>();
        using var accepted = new ManualResetEventSlim();
        var options = new ListenerOptions
        {
            AcceptSeam = socket => ++acceptCalls == 1 ? throw new SocketException((int)SocketError.ConnectionAborted) : socket.Accept(),
            BackoffScheduled = pauses.Add,
        };

        Listener listener = loop.Invoke(() => Listener.Open(loop, AnyLoopbackPort, c =>
        {
            c.Close();
            accepted.Set();
        }, options));
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint);
        accepted.Wait("the client after an aborted one");
        Assert.Empty(loop.Invoke(() => pauses.ToArray()));
        Assert.Equal(1, loop.Invoke(() => listener.AcceptFailures));
        loop.Invoke(() =>
        {
            listener.Dispose();
            return true;
        });
    }

    [Fact]
    public void Adopt_accepts_on_a_socket_the_caller_bound_and_owns_it_from_then_on()
    {
        using var loop = Dispatcher.Start("adopt");
        var bound = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        bound.Bind(AnyLoopbackPort);
        bound.Listen(16);
        using var accepted = new ManualResetEventSlim();
        bool onLoop = false;
        Listener listener = loop.Invoke(() => Listener.Adopt(loop, bound, c =>
        {
            onLoop = Dispatcher.Current == loop;
            c.Close();
            accepted.Set();
        }));
        Assert.Equal(bound.LocalEndPoint, listener.LocalEndPoint);
        using (var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            client.Connect(listener.LocalEndPoint);
            accepted.Wait("the client on the adopted socket");
        }

        Assert.True(loop.Invoke(() => onLoop), "the accept callback ran off the listener's loop");
        loop.Invoke(() =>
        {
            listener.Dispose();
            return true;
        });
        Assert.True(bound.SafeHandle.IsClosed, "disposing the listener left the adopted socket open");
        using var unbound = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        Assert.True(loop.Invoke(() =>
        {
            try
            {
                Listener.Adopt(loop, unbound, _ => { });
                return false;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }), "an unbound socket was adopted");
    }
}
