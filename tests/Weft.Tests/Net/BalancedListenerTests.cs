using System;
using System.Diagnostics;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Weft.Net;
using Weft.Tests.Watchdog;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>One listener on an accepting loop, its connections handed to workers; once per backend (subclasses at the end).</summary>
public abstract class BalancedListenerTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    protected abstract DispatcherIoBackend Backend { get; }

    [Fact]
    public void Fewest_connections_spreads_held_connections_exactly_evenly_and_each_lives_on_its_worker()
    {
        const int Workers = 3;
        const int Clients = 30;
        using var acceptor = StartLoop("acceptor");
        using var pool = new Loops(Enumerable.Range(0, Workers).Select(i => StartLoop($"worker-{i}")).ToArray());
        var server = new GreetingServer(pool.All);
        using var allClosed = new CountdownEvent(Clients);
        server.OnClosed = _ => allClosed.Signal();
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted));

        var clients = new List<(Socket Socket, int Worker)>();
        try
        {
            for (int i = 0; i < Clients; i++)
            {
                clients.Add(ConnectAndReadWorker(listener.LocalEndPoint));
            }

            int[] perWorker = Enumerable.Range(0, Workers).Select(w => clients.Count(c => c.Worker == w)).ToArray();
            Assert.Equal(new[] { 10, 10, 10 }, perWorker);
            Assert.Equal(new long[] { 10, 10, 10 }, Enumerable.Range(0, Workers).Select(listener.GetActiveConnections).ToArray());
        }
        finally
        {
            clients.ForEach(c => c.Socket.Dispose());
        }

        allClosed.Wait("every server-side connection to close after its client left");
        Assert.Equal(new long[] { 0, 0, 0 }, Enumerable.Range(0, Workers).Select(listener.GetActiveConnections).ToArray());
        Assert.Equal(0, server.CallbacksOffTheirLoop);
        Assert.Equal(Clients, listener.Delivered);
        Assert.Equal(0, acceptor.Invoke(() => listener.AcceptFailures));
    }

    [Fact]
    public void Fewest_connections_gives_new_connections_to_the_worker_whose_connections_closed()
    {
        using var acceptor = StartLoop("acceptor");
        using var pool = new Loops(StartLoop("worker-0"), StartLoop("worker-1"));
        var server = new GreetingServer(pool.All);
        using var twoClosed = new CountdownEvent(2);
        server.OnClosed = _ => twoClosed.Signal();
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted));
        var clients = Enumerable.Range(0, 4).Select(_ => ConnectAndReadWorker(listener.LocalEndPoint)).ToList();
        try
        {
            Assert.Equal(2, clients.Count(c => c.Worker == 0));
            foreach (var client in clients.Where(c => c.Worker == 0))
            {
                client.Socket.Dispose();
            }

            twoClosed.Wait("worker 0's two connections to close");
            Assert.Equal(0, listener.GetActiveConnections(0));
            Assert.Equal(2, listener.GetActiveConnections(1));

            // Round robin would give one each; the exact balance fills the emptied worker.
            var next = Enumerable.Range(0, 2).Select(_ => ConnectAndReadWorker(listener.LocalEndPoint)).ToList();
            clients.AddRange(next);
            Assert.Equal(new[] { 0, 0 }, next.Select(c => c.Worker).ToArray());
        }
        finally
        {
            clients.ForEach(c => c.Socket.Dispose());
        }
    }

    [Fact]
    public void Round_robin_hands_connections_to_workers_in_turn_whatever_their_load()
    {
        using var acceptor = StartLoop("acceptor");
        using var pool = new Loops(StartLoop("worker-0"), StartLoop("worker-1"), StartLoop("worker-2"));
        var server = new GreetingServer(pool.All);
        var options = new BalancedListenerOptions { Balancer = new RoundRobinBalancer() };
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted, options));
        var clients = new List<(Socket Socket, int Worker)>();
        try
        {
            for (int i = 0; i < 9; i++)
            {
                (Socket socket, int worker) = ConnectAndReadWorker(listener.LocalEndPoint);
                clients.Add((socket, worker));
                if (worker != 0)
                {
                    // Only worker 0 keeps its connections: a load-aware balancer would stop choosing it.
                    socket.Dispose();
                }
            }

            Assert.Equal(new[] { 0, 1, 2, 0, 1, 2, 0, 1, 2 }, clients.Select(c => c.Worker).ToArray());
        }
        finally
        {
            clients.ForEach(c => c.Socket.Dispose());
        }
    }

    [Fact]
    public void A_worker_whose_loop_exited_gets_no_connection_and_with_none_left_each_accepted_socket_is_closed()
    {
        using var acceptor = StartLoop("acceptor");
        using var pool = new Loops(StartLoop("worker-0"), StartLoop("worker-1"));
        var server = new GreetingServer(pool.All);
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted));
        pool.All[1].Dispose();

        var clients = Enumerable.Range(0, 4).Select(_ => ConnectAndReadWorker(listener.LocalEndPoint)).ToList();
        try
        {
            Assert.All(clients, c => Assert.Equal(0, c.Worker));
            pool.All[0].Dispose();
            using var refused = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            refused.Connect(listener.LocalEndPoint);
            AssertClosedByServer(refused, "the connection accepted with no worker left");
            Assert.Equal(1, listener.DroppedNoWorker);
            Assert.Equal(4, listener.Delivered);
            Assert.Equal(5, listener.Accepted);
        }
        finally
        {
            clients.ForEach(c => c.Socket.Dispose());
        }
    }

    [Fact]
    public void Closing_the_listener_closes_every_socket_still_in_hand_off_and_leaks_no_descriptor()
    {
        const int Clients = 5;
        using var acceptor = StartLoop("acceptor");
        using var pool = new Loops(StartLoop("worker-0"));
        var server = new GreetingServer(pool.All);
        using var picked = new CountdownEvent(Clients);
        var options = new BalancedListenerOptions { Balancer = new SignallingBalancer(new FewestConnectionsBalancer(), picked) };
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted, options));
        using var gate = new ManualResetEventSlim();
        pool.All[0].Post(() => gate.Wait(TestWait.Timeout));
        int descriptorsBefore = OpenDescriptorCount();
        var clients = Enumerable.Range(0, Clients).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            clients.ForEach(c => c.Connect(listener.LocalEndPoint));
            picked.Wait("every connection to be accepted and handed to the held worker");
            acceptor.Flush();
            Assert.Equal(Clients, listener.InHandOff);

            acceptor.Invoke(() =>
            {
                listener.Dispose();
                return true;
            });
            Assert.Equal(Clients, listener.ClosedInHandOff);
            Assert.Equal(0, listener.InHandOff);
            Assert.Equal(0, listener.GetActiveConnections(0));
            clients.ForEach(c => AssertClosedByServer(c, "a socket closed in hand-off"));

            gate.Set();
            pool.All[0].Flush();
            Assert.Equal(0, listener.Delivered);
            Assert.Equal(0, server.Accepted);
        }
        finally
        {
            gate.Set();
            clients.ForEach(c => c.Dispose());
        }

        if (OperatingSystem.IsLinux())
        {
            // Net of the clients (closed above) and the listening socket: every accepted descriptor is gone.
            Assert.True(OpenDescriptorCount() <= descriptorsBefore - 1, $"{OpenDescriptorCount()} descriptors open, {descriptorsBefore} before the listener was closed");
        }
    }

    [Theory]
    [InlineData(QueuedWorkAtExit.Drain)]
    [InlineData(QueuedWorkAtExit.Discard)]
    public void A_worker_that_exits_with_sockets_queued_to_it_closes_them_and_counts_them(QueuedWorkAtExit atExit)
    {
        const int Clients = 3;
        using var acceptor = StartLoop("acceptor");
        // One callback per iteration: the hand-offs are still queued when the loop sees the exit, so they meet the
        // exit's drain or discard rather than the current iteration.
        using var worker = Dispatcher.Start($"exiting-{Backend}", new DispatcherOptions { IoBackend = Backend, QueuedWorkAtExit = atExit, MaxCallbacksPerIteration = 1 });
        var server = new GreetingServer(new[] { worker });
        using var picked = new CountdownEvent(Clients);
        var options = new BalancedListenerOptions { Balancer = new SignallingBalancer(new FewestConnectionsBalancer(), picked) };
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, new[] { worker }, AnyLoopbackPort, server.OnAccepted, options));
        using var gate = new ManualResetEventSlim();
        worker.Post(() => gate.Wait(TestWait.Timeout));
        var clients = Enumerable.Range(0, Clients).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            clients.ForEach(c => c.Connect(listener.LocalEndPoint));
            picked.Wait("every connection to be handed to the held worker");
            acceptor.Flush();
            Assert.Equal(Clients, listener.InHandOff);
            worker.Exit();
            gate.Set();
            worker.Completion.Completes("the worker's exit");
            clients.ForEach(c => AssertClosedByServer(c, "a socket queued to an exiting worker"));
            Assert.Equal(Clients, listener.DroppedWorkerExited);
            Assert.Equal(0, listener.InHandOff);
            Assert.Equal(0, listener.GetActiveConnections(0));
            Assert.Equal(0, server.Accepted);
        }
        finally
        {
            gate.Set();
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void Out_of_descriptors_backs_off_doubling_from_10_ms_to_1_s_on_the_loop_clock_and_accepting_resumes()
    {
        TimeSpan[] expected = new[] { 10, 20, 40, 80, 160, 320, 640, 1000, 1000 }.Select(ms => TimeSpan.FromMilliseconds(ms)).ToArray();
        var clock = new ManualClock();
        using var acceptor = Dispatcher.StartWith($"backoff-{Backend}", new DispatcherOptions { IoBackend = Backend }, new DispatcherSeams { Clock = clock });
        using var pool = new Loops(StartLoop("worker-0"));
        var server = new GreetingServer(pool.All);
        int failuresLeft = expected.Length;
        long lastAttemptAt = 0;
        using var attempts = new SemaphoreSlim(0);
        BalancedListener listener = acceptor.Invoke(() =>
        {
            BalancedListener opened = BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted);
            opened.AcceptSocket = listening =>
            {
                // The pause is armed later in this callback, from the clock as it reads then: the same reading, as the
                // test never moves the clock while an accept callback may be running.
                Interlocked.Exchange(ref lastAttemptAt, clock.GetTimestamp());
                attempts.Release();
                if (failuresLeft-- > 0)
                {
                    throw new SocketException((int)SocketError.TooManyOpenSockets);
                }

                return listening.Accept();
            };
            return opened;
        });

        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint);
        // The portable backend probes a listening socket on a 1 ms loop timer, which runs on this clock too. An epoll
        // loop may be accepting already, so the clock moves on the loop, between callbacks: moved from here, it could
        // land after the failing attempt read the clock and before the pause was armed from it, and the pause would
        // end 1 ms after the moment this test steps to (the retry never came: a CI flake). Later moves are made while
        // the loop waits out a pause: the attempt's callback has returned (CurrentBackoff was read after it).
        acceptor.Invoke(() =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            return true;
        });
        acceptor.Flush();
        for (int failure = 0; failure < expected.Length; failure++)
        {
            Assert.True(attempts.Wait(TestWait.Timeout), $"accept attempt {failure + 1} did not come");
            Assert.Equal(expected[failure], acceptor.Invoke(() => listener.CurrentBackoff));
            Assert.Equal(failure + 1, acceptor.Invoke(() => listener.AcceptFailures));

            // From the attempt, not from the test's last step: an epoll loop may see the first connection before the
            // clock's first millisecond (the portable one probes on a 1 ms timer, after it).
            TimeSpan sinceAttempt = Stopwatch.GetElapsedTime(Interlocked.Read(ref lastAttemptAt), clock.GetTimestamp());
            clock.Advance(expected[failure] - TimeSpan.FromMilliseconds(1) - sinceAttempt);
            acceptor.Flush();
            acceptor.Flush();
            Assert.True(attempts.CurrentCount == 0, $"accept was retried before the {expected[failure].TotalMilliseconds} ms pause ended");

            clock.Advance(TimeSpan.FromMilliseconds(1));
            acceptor.Flush();
        }

        Assert.True(attempts.Wait(TestWait.Timeout), "accepting did not resume after the last pause");
        client.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        Assert.Equal(1, client.Receive(new byte[1]));
        Assert.Equal(TimeSpan.Zero, acceptor.Invoke(() => listener.CurrentBackoff));
        Assert.Equal(1, listener.Delivered);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_balancer_that_throws_or_answers_out_of_range_loses_only_that_connection(bool throws)
    {
        var failures = new List<Exception>();
        using var acceptor = Dispatcher.Start($"acceptor-{Backend}", new DispatcherOptions { IoBackend = Backend, UnhandledExceptionHandler = (_, ex) => failures.Add(ex) });
        using var pool = new Loops(StartLoop("worker-0"));
        var server = new GreetingServer(pool.All);
        var options = new BalancedListenerOptions { Balancer = new FailingOnceBalancer(throws) };
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted, options));

        using var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        first.Connect(listener.LocalEndPoint);
        AssertClosedByServer(first, "the connection the balancer failed on");
        (Socket second, int worker) = ConnectAndReadWorker(listener.LocalEndPoint);
        second.Dispose();

        Assert.Equal(0, worker);
        Assert.Equal(1, listener.BalancerFailures);
        Assert.Equal(2, listener.Accepted);
        Assert.Equal(1, listener.Delivered);
        Exception failure = Assert.Single(acceptor.Invoke(() => failures.ToList()));
        Assert.Contains(throws ? "balancer test failure" : "picked candidate 5 of 1", failure.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_accepted_socket_is_delivered_or_closed_exactly_once_while_workers_exit_and_the_listener_closes(int seed)
    {
        var random = new Random(seed);
        int workerCount = random.Next(2, 5);
        const int Clients = 40;
        int exitWorkerAt = random.Next(Clients);
        int closeListenerAt = random.Next(Clients / 2, Clients);
        int exitingWorker = random.Next(workerCount);
        string replay = $"seed {seed}: {workerCount} workers, worker {exitingWorker} exits at client {exitWorkerAt}, the listener closes at client {closeListenerAt}";

        using var acceptor = StartLoop("acceptor");
        using var pool = new Loops(Enumerable.Range(0, workerCount).Select(i => StartLoop($"worker-{i}")).ToArray());
        var server = new GreetingServer(pool.All);
        using var closed = new SemaphoreSlim(0);
        server.OnClosed = _ => closed.Release();
        BalancedListener listener = acceptor.Invoke(() => BalancedListener.Open(acceptor, pool.All, AnyLoopbackPort, server.OnAccepted));
        var clients = new List<Socket>();
        try
        {
            for (int i = 0; i < Clients; i++)
            {
                if (i == exitWorkerAt)
                {
                    pool.All[exitingWorker].Exit();
                }

                if (i == closeListenerAt)
                {
                    acceptor.Invoke(() =>
                    {
                        listener.Dispose();
                        return true;
                    });
                }

                var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                clients.Add(client);
                try
                {
                    client.Connect(listener.LocalEndPoint);
                }
                catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused && i >= closeListenerAt)
                {
                    // The listener is closed: refused, as it should be.
                }
            }

            pool.All[exitingWorker].Completion.Completes($"worker {exitingWorker}'s exit ({replay})");
            foreach (Dispatcher worker in pool.All.Where(w => !w.IsExitRequested))
            {
                worker.Flush();
            }

            foreach (Socket client in clients.Where(c => c.Connected))
            {
                // Each connected client is greeted (delivered) or sees its socket closed: none is left hanging.
                client.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
                try
                {
                    _ = client.Receive(new byte[1]);
                }
                catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
                {
                    // Closed while still queued in the kernel when the listener closed.
                }
                catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut)
                {
                    throw new TimeoutException($"a client was neither greeted nor closed ({replay})");
                }
            }

            long accounted = listener.Delivered + listener.ClosedInHandOff + listener.DroppedWorkerExited + listener.DroppedNoWorker + listener.BalancerFailures;
            Assert.True(listener.Accepted == accounted, $"{listener.Accepted} accepted, {accounted} delivered or closed ({replay})");
            Assert.True(listener.InHandOff == 0, $"{listener.InHandOff} sockets left in hand-off ({replay})");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        for (long i = 0; i < listener.Delivered; i++)
        {
            Assert.True(closed.Wait(TestWait.Timeout), $"{listener.Delivered - i} delivered connections did not close ({replay})");
        }

        for (int w = 0; w < workerCount; w++)
        {
            Assert.True(listener.GetActiveConnections(w) == 0, $"worker {w} still counts {listener.GetActiveConnections(w)} connections ({replay})");
        }

        Assert.Equal(0, server.CallbacksOffTheirLoop);
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_setting()
    {
        using var acceptor = StartLoop("acceptor");
        // Arguments are checked before the thread, so these are refused from the test thread too.
        Assert.Throws<ArgumentException>("workers", () => BalancedListener.Open(acceptor, Array.Empty<Dispatcher>(), AnyLoopbackPort, _ => { }));
        var backoffs = new BalancedListenerOptions { MinAcceptBackoff = TimeSpan.FromSeconds(2), MaxAcceptBackoff = TimeSpan.FromSeconds(1) };
        Assert.Throws<ArgumentOutOfRangeException>("MaxAcceptBackoff", () => BalancedListener.Open(acceptor, new[] { acceptor }, AnyLoopbackPort, _ => { }, backoffs));
        var ex = Assert.Throws<InvalidOperationException>(() => BalancedListener.Open(acceptor, new[] { acceptor }, AnyLoopbackPort, _ => { }));
        Assert.Contains("open a balanced listener", ex.Message);
    }

    protected Dispatcher StartLoop(string name) =>
        Dispatcher.Start($"{name}-{Backend}", new DispatcherOptions { IoBackend = Backend });

    private static (Socket Socket, int Worker) ConnectAndReadWorker(IPEndPoint endPoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(endPoint);
            socket.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
            byte[] greeting = new byte[1];
            Assert.True(socket.Receive(greeting) == 1, "the server closed before greeting");
            return (socket, greeting[0]);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static void AssertClosedByServer(Socket client, string what)
    {
        client.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        try
        {
            Assert.True(client.Receive(new byte[1]) == 0, $"{what}: the server sent data instead of closing");
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
        {
            // Closed as well, abortively.
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut)
        {
            throw new TimeoutException($"{what}: the server side stayed open (a leaked descriptor) for {TestWait.Timeout.TotalSeconds} s.");
        }
    }

    private static int OpenDescriptorCount() => OperatingSystem.IsLinux() ? Directory.GetFiles("/proc/self/fd").Length : 0;

    /// <summary>Disposes every loop of a test.</summary>
    private sealed class Loops : IDisposable
    {
        public Loops(params Dispatcher[] all) => All = all;

        public Dispatcher[] All { get; }

        public void Dispose()
        {
            foreach (Dispatcher loop in All)
            {
                loop.Dispose();
            }
        }
    }

    /// <summary>Greets each connection with its worker's index, closes it when the client leaves, and checks every callback's thread.</summary>
    private sealed class GreetingServer
    {
        private readonly Dispatcher[] _workers;
        private int _callbacksOffTheirLoop;
        private int _accepted;

        public GreetingServer(Dispatcher[] workers) => _workers = workers;

        public Action<Connection>? OnClosed { get; set; }

        public int CallbacksOffTheirLoop => Volatile.Read(ref _callbacksOffTheirLoop);

        public int Accepted => Volatile.Read(ref _accepted);

        public void OnAccepted(Connection connection)
        {
            Interlocked.Increment(ref _accepted);
            Check(connection);
            connection.Start((c, _) => Check(c), (c, e) =>
            {
                Check(c);
                if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.Close();
                }
                else if (e == ConnectionEvent.Closed)
                {
                    OnClosed?.Invoke(c);
                }
            });
            connection.Write(new[] { (byte)Array.IndexOf(_workers, connection.Dispatcher) });
        }

        private void Check(Connection connection)
        {
            if (Dispatcher.Current != connection.Dispatcher || Array.IndexOf(_workers, connection.Dispatcher) < 0)
            {
                Interlocked.Increment(ref _callbacksOffTheirLoop);
            }
        }
    }

    /// <summary>Fails its first pick (throwing, or answering out of range), then picks the first candidate.</summary>
    private sealed class FailingOnceBalancer : IConnectionBalancer
    {
        private readonly bool _throws;
        private bool _failed;

        public FailingOnceBalancer(bool throws) => _throws = throws;

        public int Pick(ReadOnlySpan<WorkerLoad> candidates)
        {
            if (_failed)
            {
                return 0;
            }

            _failed = true;
            return _throws ? throw new InvalidOperationException("balancer test failure") : 5;
        }
    }

    /// <summary>Signals each pick: the test's way to know a connection was accepted and queued to its worker.</summary>
    private sealed class SignallingBalancer : IConnectionBalancer
    {
        private readonly IConnectionBalancer _inner;
        private readonly CountdownEvent _picked;

        public SignallingBalancer(IConnectionBalancer inner, CountdownEvent picked)
        {
            _inner = inner;
            _picked = picked;
        }

        public int Pick(ReadOnlySpan<WorkerLoad> candidates)
        {
            int pick = _inner.Pick(candidates);
            _picked.Signal();
            return pick;
        }
    }
}

public sealed class BalancedListenerTestsOnDefaultBackend : BalancedListenerTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class BalancedListenerTestsOnPortableBackend : BalancedListenerTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}
