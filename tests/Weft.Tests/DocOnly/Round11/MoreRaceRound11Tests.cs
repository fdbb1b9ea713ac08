using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// A balanced listener closed while backing off and while a worker exits with sockets queued to it; timers and
// deferred deletes at an iteration's edge: docs/io.md (BalancedListener's failure paths: "every accepted socket is
// started or closed exactly once"), the XML docs of DispatcherTimer.Enable/Disable and Dispatcher.DeferredDelete/Exit.
public sealed class MoreRaceRound11Tests
{
    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_balanced_listener_closed_during_its_accept_back_off_stays_quiet_when_the_pause_ends(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var handler = new HandlerLog();
        var acceptLoop = Kit11.StartLoop($"r11-bal-backoff-accept-{backend}", backend, handler, clock: clock);
        var worker = Kit11.StartLoop($"r11-bal-backoff-worker-{backend}", backend, handler);
        try
        {
            var delivered = 0;
            var listener = await NetKit.On(acceptLoop, () => BalancedListener.Open(acceptLoop, [worker], NetKit.AnyLoopbackPort, c => { Interlocked.Increment(ref delivered); c.Close(); }), "open");
            var failOnce = 1;
            await NetKit.On(
                acceptLoop,
                () => listener.AcceptSocket = listening => Interlocked.Exchange(ref failOnce, 0) == 1 ? throw new SocketException((int)SocketError.TooManyOpenSockets) : listening.Accept(),
                "inject one out-of-descriptors accept");
            using var client = await NetKit.ConnectClient(listener.LocalEndPoint, "a client whose accept fails for want of descriptors");
            await StepUntil(acceptLoop, clock, () => listener.AcceptFailures == 1, "the injected accept failure");
            var pause = await NetKit.On(
                acceptLoop,
                () =>
                {
                    var current = listener.CurrentBackoff;
                    listener.Dispose();
                    return current;
                },
                "read the pause and close the listener during it");
            Assert.True(pause == TimeSpan.FromMilliseconds(10), $"The first pause is {pause}.");

            for (var ms = 0; ms < 40; ms++)
            {
                await NetKit.On(acceptLoop, () => clock.Advance(TimeSpan.FromMilliseconds(1)), "step past the pause");
            }

            await NetKit.Settle(acceptLoop, "after the pause");
            var end = await Kit11.EndSeenByClient(client, "the client queued when the listener closed");
            Assert.True(Kit11.IsCloseOrReset(end), $"The queued client saw {end}.");
            Assert.True(handler.Reports.IsEmpty, $"Exceptions after the pause of a closed balanced listener: {string.Join(" | ", handler.Reports.Select(r => r.Exception.ToString()))}");
            Assert.Equal(0, Volatile.Read(ref delivered));
            Assert.True(listener.Accepted == 0 && listener.InHandOff == 0, $"Accepted {listener.Accepted}, InHandOff {listener.InHandOff}.");
        }
        finally
        {
            await NetKit.ExitAsync(worker);
            await NetKit.ExitAsync(acceptLoop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Closing_a_balanced_listener_while_the_held_worker_exits_closes_each_queued_socket_exactly_once(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        for (var round = 0; round < 6; round++)
        {
            var order = random.Next(3);
            var clientCount = random.Next(4, 24);
            var orderText = order switch
            {
                0 => "listener closed, then worker exits",
                1 => "worker told to exit, then listener closed at once",
                _ => "worker exited, then listener closed",
            };
            var context = $"[seed {seed}, round {round}, {clientCount} clients, {orderText}, {backend}]";
            var acceptLoop = Kit11.StartLoop($"r11-bal-race-accept-{round}-{backend}", backend);
            var held = Kit11.StartLoop($"r11-bal-race-held-{round}-{backend}", backend, atExit: random.Next(2) == 0 ? QueuedWorkAtExit.Drain : QueuedWorkAtExit.Discard);
            var started = new ConcurrentQueue<Connection>();
            var clients = new System.Collections.Generic.List<Socket>();
            using var gate = new LoopGate();
            try
            {
                var listener = await NetKit.On(
                    acceptLoop,
                    () => BalancedListener.Open(acceptLoop, [held], NetKit.AnyLoopbackPort, c =>
                    {
                        started.Enqueue(c);
                        c.Start(static (_, _) => { }, static (_, _) => { });
                    }),
                    $"open {context}");
                await gate.HoldAsync(held);
                for (var i = 0; i < clientCount; i++)
                {
                    clients.Add(await NetKit.ConnectClient(listener.LocalEndPoint, $"client {i} {context}"));
                }

                // Every client accepted and queued to the held worker.
                for (var step = 0; step < 1000 && await NetKit.On(acceptLoop, () => listener.Accepted, context) < clientCount; step++)
                {
                    await NetKit.Settle(acceptLoop, context);
                }

                Assert.True(listener.Accepted == clientCount, $"{context} only {listener.Accepted} accepted.");
                switch (order)
                {
                    case 0:
                        await NetKit.On(acceptLoop, listener.Dispose, context);
                        held.Exit();
                        gate.Release();
                        break;
                    case 1:
                        held.Exit();
                        var closing = NetKit.On(acceptLoop, listener.Dispose, context);
                        gate.Release();
                        await closing;
                        break;
                    default:
                        held.Exit();
                        gate.Release();
                        await DocOnlyKit.Within(held.Completion, $"the held worker to exit {context}");
                        await NetKit.On(acceptLoop, listener.Dispose, context);
                        break;
                }

                await DocOnlyKit.Within(held.Completion, $"the held worker to exit {context}");
                foreach (var (client, i) in clients.Select((c, i) => (c, i)))
                {
                    var end = await Kit11.EndSeenByClient(client, $"client {i} {context}");
                    Assert.True(Kit11.IsCloseOrReset(end), $"{context} client {i} saw {end}.");
                }

                var counters = await NetKit.On(acceptLoop, () => (listener.Accepted, listener.Delivered, listener.ClosedInHandOff, listener.DroppedWorkerExited, listener.InHandOff), context);
                Console.WriteLine($"{context}: counters {counters}");
                Assert.True(
                    counters.Delivered + counters.ClosedInHandOff + counters.DroppedWorkerExited == clientCount && counters.InHandOff == 0,
                    $"{context} every socket started or closed exactly once: counters {counters}.");
                Assert.True(counters.Delivered == started.Count && started.Count == 0, $"{context} {started.Count} started on a worker told to exit with the listener closed.");
                Assert.True(listener.GetActiveConnections(0) == 0, $"{context} the worker still counts {listener.GetActiveConnections(0)}.");
            }
            finally
            {
                held.Exit();
                gate.Release();
                clients.ForEach(c => c.Dispose());
                await DocOnlyKit.Within(held.Completion, "the held worker");
                await NetKit.ExitAsync(acceptLoop);
            }
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_timer_disabled_by_an_earlier_timer_due_in_the_same_millisecond_does_not_fire_and_one_re_armed_with_zero_fires_next_iteration(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Kit11.StartLoop($"r11-timer-edge-{backend}", backend, clock: clock);
        try
        {
            var fired = new ConcurrentQueue<(string Timer, long Iteration)>();
            DispatcherTimer? first = null;
            DispatcherTimer? second = null;
            DispatcherTimer? third = null;
            await NetKit.On(
                loop,
                () =>
                {
                    first = loop.CreateTimer(() =>
                    {
                        fired.Enqueue(("first", loop.Stats.Iterations));
                        second!.Disable();
                        third!.Enable(TimeSpan.Zero);
                    });
                    second = loop.CreateTimer(() => fired.Enqueue(("second", loop.Stats.Iterations)));
                    third = loop.CreateTimer(() => fired.Enqueue(("third", loop.Stats.Iterations)));
                    first.Enable(TimeSpan.FromMilliseconds(5));
                    second.Enable(TimeSpan.FromMilliseconds(5));
                    third.Enable(TimeSpan.FromMilliseconds(5));
                },
                "arm three timers for the same millisecond");
            await NetKit.On(loop, () => clock.Advance(TimeSpan.FromMilliseconds(10)), "move the clock past them");
            await NetKit.Settle(loop, "the due timers");
            await NetKit.Settle(loop, "the re-armed timer");

            var order = fired.ToArray();
            Assert.True(order.Select(f => f.Timer).SequenceEqual(["first", "third"]), $"Fired: {string.Join(", ", order.Select(f => $"{f.Timer}@{f.Iteration}"))}; the disabled one must not fire, the re-armed one once.");
            Assert.True(order[1].Iteration > order[0].Iteration, $"A timer re-armed with zero from a callback fired in the iteration that armed it ({order[0].Iteration}).");
            var enabled = await NetKit.On(loop, () => (first!.IsEnabled, second!.IsEnabled, third!.IsEnabled), "IsEnabled");
            Assert.Equal((false, false, false), enabled);
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_deferred_delete_requested_in_the_callback_that_exits_runs_once_on_the_loop(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-deferred-exit-{backend}", backend);
        var disposals = new ConcurrentQueue<Dispatcher?>();
        var deleted = new RecordingDisposable(disposals);
        var stillUsable = await NetKit.On(
            loop,
            () =>
            {
                loop.DeferredDelete(deleted);
                loop.Exit();
                return disposals.IsEmpty;
            },
            "DeferredDelete, then Exit, in one callback");
        await DocOnlyKit.Within(loop.Completion, "the loop to exit");

        Assert.True(stillUsable, "The deferred delete ran inside the callback that requested it.");
        Assert.True(disposals.Count == 1 && disposals.Single() == loop, $"The deferred delete ran {disposals.Count} time(s), on {string.Join(", ", disposals.Select(d => d?.Name ?? "no loop"))}; the exit finishes the iteration first.");
    }

    private sealed class RecordingDisposable(ConcurrentQueue<Dispatcher?> disposals) : IDisposable
    {
        public void Dispose() => disposals.Enqueue(Dispatcher.Current);
    }

    private static async Task StepUntil(Dispatcher loop, HandClock clock, Func<bool> done, string what)
    {
        for (var step = 0; step < 200 && !done(); step++)
        {
            await NetKit.On(loop, () => clock.Advance(TimeSpan.FromMilliseconds(1)), $"step the clock: {what}");
        }

        Assert.True(done(), $"Not done after 200 ms of loop time stepped by hand: {what}");
    }
}
