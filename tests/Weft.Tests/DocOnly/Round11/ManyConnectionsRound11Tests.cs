using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// Hundreds of connections opened, written and ended at once on a seeded schedule (WEFT_ROUND11_SEED replays one; the
// seed is in every failure message): docs/io.md (Half-close, Resets, One close path; BalancedListener's counters and
// failure paths).
public sealed class ManyConnectionsRound11Tests
{
    private enum Ending
    {
        ClientReset,
        ClientHalfClose,
        ServerReset,
        ServerClose,
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Hundreds_of_connections_echoed_and_ended_at_once_each_close_once_with_the_reason_of_the_side_that_ended_it(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        const int count = 300;
        var loop = Kit11.StartLoop($"r11-many-{backend}", backend);
        try
        {
            var server = new EchoServer(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, server.Accept, new ListenerOptions { ReusePort = false }), "open");
            var endPoint = listener.LocalEndPoint;
            var plan = Enumerable.Range(0, count)
                .Select(_ => (Ending: (Ending)random.Next(4), Length: random.Next(1, 8192), PatternSeed: random.Next(), Yields: random.Next(0, 4)))
                .ToArray();

            async Task RunClient(int index)
            {
                var (ending, length, patternSeed, yields) = plan[index];
                var context = $"[seed {seed}, client {index}, {ending}, {length} bytes, {backend}]";
                for (var i = 0; i < yields; i++)
                {
                    await Task.Yield();
                }

                using var socket = await NetKit.ConnectClient(endPoint, context);
                var payload = NetKit.Pattern(length, patternSeed);
                await NetKit.SendAll(socket, payload, context);
                var echo = await NetKit.ReceiveExactly(socket, length, context);
                Assert.True(echo.AsSpan().SequenceEqual(payload), $"{context} the echo differs from what was sent.");
                var log = await server.WaitForPeer(socket.LocalEndPoint!, context);
                ConnectionCloseReason expected;
                switch (ending)
                {
                    case Ending.ClientReset:
                        NetKit.ResetClose(socket);
                        expected = ConnectionCloseReason.RemoteReset;
                        break;
                    case Ending.ClientHalfClose:
                    {
                        socket.Shutdown(SocketShutdown.Send);
                        var (rest, end) = await NetKit.ReceiveToEnd(socket, context);
                        Assert.True(rest.Length == 0 && end == SocketError.Success, $"{context} after the half-close the client got {rest.Length} more byte(s) and {end}.");
                        expected = ConnectionCloseReason.LocalClose;
                        break;
                    }

                    case Ending.ServerReset:
                    {
                        loop.Post(() => log.Connection!.Reset());
                        var (rest, end) = await NetKit.ReceiveToEnd(socket, context);
                        Assert.True(rest.Length == 0 && end == SocketError.ConnectionReset, $"{context} after the server's reset the client got {rest.Length} byte(s) and {end}.");
                        expected = ConnectionCloseReason.LocalReset;
                        break;
                    }

                    default:
                    {
                        loop.Post(() => log.Connection!.Close());
                        var (rest, end) = await NetKit.ReceiveToEnd(socket, context);
                        var endOk = backend == DispatcherIoBackend.Portable ? Kit11.IsCloseOrReset(end) : end == SocketError.Success;
                        Assert.True(rest.Length == 0 && endOk, $"{context} after the server's close the client got {rest.Length} byte(s) and {end}.");
                        expected = ConnectionCloseReason.LocalClose;
                        break;
                    }
                }

                await log.WaitClosed(context);
                log.AssertClosedOnceWith(expected, context);
            }

            await DocOnlyKit.Within(Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => RunClient(i)))), $"[seed {seed}] all {count} clients");
            var accepts = await NetKit.On(loop, () => listener.Accepted, "the listener's count");
            Assert.True(accepts == count && server.Count == count, $"[seed {seed}] {accepts} accepts counted, {server.Count} connections started, {count} clients.");

            // The loop serves on after the storm.
            using var after = await NetKit.ConnectClient(endPoint, $"[seed {seed}] a client after the storm");
            await NetKit.SendAll(after, new byte[] { 42 }, "after the storm");
            Assert.Equal(new byte[] { 42 }, await NetKit.ReceiveExactly(after, 1, $"[seed {seed}] the echo after the storm"));
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_balanced_listener_with_a_worker_exiting_mid_burst_accounts_for_every_socket_and_counts_back_to_zero(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        const int count = 240;
        var exitAtDelivery = random.Next(1, 20);
        var context = $"[seed {seed}, worker 2 exits inside its delivery #{exitAtDelivery}, {backend}]";
        var options = DocOnlyKit.Options($"r11bal{(backend == DispatcherIoBackend.Portable ? "p" : "e")}", 3);
        options.IoBackend = backend;
        var pool = WorkerPool.Start(options);
        try
        {
            var server = new EchoServer(pool.Main);
            var exiting = pool.Workers[2];
            var deliveredToExiting = 0;

            // Worker 2 exits from inside one of its own accept callbacks, with hand-offs to it still in flight.
            server.AfterStart = connection =>
            {
                if (connection.Dispatcher == exiting && ++deliveredToExiting == exitAtDelivery)
                {
                    exiting.Exit();
                }
            };
            var listener = await NetKit.On(pool.Main, () => BalancedListener.Open(pool, NetKit.AnyLoopbackPort, server.Accept), $"open {context}");
            var outcomes = new ConcurrentDictionary<int, (EndPoint Local, string Outcome)>();
            var payloads = Enumerable.Range(0, count).Select(i => NetKit.Pattern(random.Next(1, 4096), random.Next())).ToArray();

            async Task RunClient(int index)
            {
                var clientContext = $"{context} client {index}";
                using var socket = await NetKit.ConnectClient(listener.LocalEndPoint, clientContext);
                var local = socket.LocalEndPoint!;
                try
                {
                    await NetKit.SendAll(socket, payloads[index], clientContext);
                    var (echo, end) = await EchoThenEnd(socket, payloads[index].Length, clientContext);
                    outcomes[index] = (local, echo.AsSpan().SequenceEqual(payloads[index]) && end == SocketError.Success ? "complete" : $"{echo.Length} bytes, {end}");
                }
                catch (SocketException ex)
                {
                    outcomes[index] = (local, ex.SocketErrorCode.ToString());
                }
            }

            await DocOnlyKit.Within(Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => RunClient(i)))), $"every client to finish {context}");
            if (!exiting.IsExitRequested)
            {
                // Fewer deliveries reached worker 2 than drawn (the schedule is the balancer's): exit it now instead.
                Console.WriteLine($"{context}: worker 2 got only {server.Logs.Count(l => l.Loop == exiting)} connections; exited after the burst.");
                exiting.Exit();
            }

            await DocOnlyKit.Within(exiting.Completion, $"worker 2 to exit {context}");
            foreach (var log in server.Logs)
            {
                await log.WaitClosed(context);
                log.AssertWellFormed();
                var onExited = log.Loop == exiting;
                Assert.True(
                    log.ClosedWith == ConnectionCloseReason.LocalClose || (onExited && log.ClosedWith == ConnectionCloseReason.LoopExited),
                    $"{context} {log.Describe()} on {log.Loop.Name}.");
            }

            // None is delivered to a worker once it is exiting; every client served by a running worker is complete.
            var onExiting = server.Logs.Count(l => l.Loop == exiting);
            Assert.True(onExiting <= exitAtDelivery, $"{context} {onExiting} connections were delivered to worker 2, which exited inside delivery #{exitAtDelivery}.");
            foreach (var (local, outcome) in outcomes.Values)
            {
                var log = server.Logs.FirstOrDefault(l => server.PeerOf(l).Equals(local));
                Assert.True(log is null || log.Loop == exiting || outcome == "complete", $"{context} the client at {local}, served by {log?.Loop.Name}, ended: {outcome}.");
            }

            var counters = await NetKit.On(
                pool.Main,
                () => (listener.Accepted, listener.Delivered, listener.ClosedInHandOff, listener.DroppedWorkerExited, listener.DroppedNoWorker, listener.BalancerFailures, listener.InHandOff),
                "the listener's counters");
            var accounted = counters.Delivered + counters.ClosedInHandOff + counters.DroppedWorkerExited + counters.DroppedNoWorker + counters.BalancerFailures;
            Assert.True(counters.Accepted == count && accounted == count && counters.InHandOff == 0, $"{context} counters {counters}: accepted {counters.Accepted}, accounted for {accounted}.");
            Assert.True(counters.Delivered == server.Count, $"{context} Delivered {counters.Delivered}, onAccepted ran {server.Count} times.");
            for (var worker = 0; worker < 3; worker++)
            {
                Assert.True(listener.GetActiveConnections(worker) == 0, $"{context} worker {worker} still counts {listener.GetActiveConnections(worker)} active connections after every one closed.");
            }

            Console.WriteLine($"{context}: {string.Join(", ", outcomes.Values.GroupBy(o => o.Outcome).Select(g => $"{g.Key} ×{g.Count()}"))}; counters {counters}");
        }
        finally
        {
            await DocOnlyKit.Within(pool.StopAsync(), $"the pool to stop {context}");
        }
    }

    /// <summary>Reads the echo of <paramref name="length"/> bytes, half-closes, then reads to the end.</summary>
    private static async Task<(byte[] Echo, SocketError End)> EchoThenEnd(Socket socket, int length, string what)
    {
        var echo = new byte[length];
        var got = 0;
        using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
        try
        {
            while (got < length)
            {
                var n = await socket.ReceiveAsync(echo.AsMemory(got), SocketFlags.None, cancel.Token);
                if (n == 0)
                {
                    return (echo[..got], SocketError.Success);
                }

                got += n;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The echo did not arrive within {DocOnlyKit.Bound.TotalSeconds} s ({got} of {length} bytes): {what}");
        }

        socket.Shutdown(SocketShutdown.Send);
        var (rest, end) = await NetKit.ReceiveToEnd(socket, what);
        return (rest.Length == 0 ? echo : [.. echo, .. rest], end);
    }
}
