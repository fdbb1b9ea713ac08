using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Tests.DocOnly.Round10;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round11;

// More lifecycle edges: a listener disposed while its back-off timer is pending, a reset inside Connected with the
// peer's bytes already arriving, the idle timer against bytes stuck in the send buffer, an await that resumes after
// its connection was reset, what a Closed handler may still do while its loop exits, and Dispose on a pool thread.
public sealed class LifecycleEdgesRound11Tests
{
    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_listener_disposed_during_its_back_off_never_accepts_again_and_a_new_listener_on_the_loop_is_unaffected(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-dispose-in-backoff-{backend}", backend, handler, clock: clock);
        try
        {
            var oldAccepts = 0;
            var disposedInBackOff = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Listener? old = null;
            await NetKit.On(
                loop,
                () =>
                {
                    old = Listener.Open(
                        loop,
                        NetKit.AnyLoopbackPort,
                        connection =>
                        {
                            if (++oldAccepts == 1)
                            {
                                old!.BackOff(SocketError.TooManyOpenSockets);
                                old.Dispose();
                                disposedInBackOff.TrySetResult();
                            }

                            connection.Close();
                        },
                        new ListenerOptions { ReusePort = false });
                },
                "open the first listener");
            using var first = await NetKit.ConnectClient(old!.LocalEndPoint, "the client whose accept backs off and disposes");
            await StepUntil(loop, clock, () => disposedInBackOff.Task.IsCompleted, "BackOff then Dispose inside onAccepted");

            // A new listener now, while the old one's pause is still pending: its socket may take the old descriptor number.
            var fresh = new AcceptedLogs(loop);
            var replacement = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, fresh.Accept, new ListenerOptions { ReusePort = false }), "open a second listener during the pause");
            using var second = await NetKit.ConnectClient(replacement.LocalEndPoint, "a client of the second listener");
            await StepUntil(loop, clock, () => fresh.Count > 0, "the second listener's accept");
            for (var ms = 0; ms < 40; ms++)
            {
                await NetKit.On(loop, () => clock.Advance(TimeSpan.FromMilliseconds(1)), "step past the old listener's pause");
            }

            await NetKit.Settle(loop, "after the old listener's pause ended");
            Assert.True(oldAccepts == 1, $"The disposed listener's onAccepted ran {oldAccepts} times.");
            Assert.True(fresh.Count == 1, $"The second listener accepted {fresh.Count} connections for one client.");
            Assert.True(handler.Reports.IsEmpty, $"Exceptions on the loop after the pause of a disposed listener: {string.Join(" | ", handler.Reports.Select(r => r.Exception.ToString()))}");
            await NetKit.SendAll(second, new byte[] { 3 }, "a byte to the second listener's connection");
            await (await fresh.WaitFor(0, "the second listener's connection")).WaitBytes(1, "the byte through the second listener's connection");
            using var refused = NetKit.NewClientSocket();
            var error = await Assert.ThrowsAsync<SocketException>(() => refused.ConnectAsync(old.LocalEndPoint));
            Assert.True(error.SocketErrorCode == SocketError.ConnectionRefused, $"A connect to the disposed listener's port gave {error.SocketErrorCode}.");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_reset_inside_Connected_while_the_peers_bytes_arrive_delivers_no_data_and_the_peer_sees_a_reset(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-reset-in-connected-{backend}", backend);
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(NetKit.AnyLoopbackPort);
        listening.Listen(4);
        try
        {
            // The peer greets at once with 64 KiB, then reads until the end of the stream.
            var peer = Task.Run(async () =>
            {
                using var cancel = new CancellationTokenSource(DocOnlyKit.Bound);
                using var accepted = await listening.AcceptAsync(cancel.Token);
                try
                {
                    await accepted.SendAsync(NetKit.Pattern(64 * 1024, 3), SocketFlags.None, cancel.Token);
                }
                catch (SocketException ex)
                {
                    // The reset may land while the greeting is sent: the send reports it (and a later receive
                    // then sees only the end of the stream).
                    return ex.SocketErrorCode;
                }

                return (await NetKit.ReceiveToEnd(accepted, "the peer after its greeting")).End;
            });
            var log = new ConnectionLog(loop, "reset inside Connected") { OnEventHook = (c, e) => { if (e == ConnectionEvent.Connected) { c.Reset(); } } };
            await NetKit.On(loop, () => { log.Connection = Connection.Connect(loop, listening.LocalEndPoint!, log.OnData, log.OnEvent); }, "connect");
            await log.WaitClosed("the reset inside Connected");
            var peerEnd = await DocOnlyKit.Within(peer, "the peer to see the end");
            await NetKit.Settle(loop, "after the reset");

            Assert.Equal([ConnectionEvent.Connected, ConnectionEvent.Closed], log.Events);
            log.AssertClosedOnceWith(ConnectionCloseReason.LocalReset, "reset inside Connected");
            Assert.True(log.DataCalls == 0, $"onData ran {log.DataCalls} time(s) for a connection reset inside Connected.");
            Assert.True(peerEnd == SocketError.ConnectionReset, $"The peer saw {peerEnd}.");
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task Bytes_stuck_in_the_send_buffer_of_a_reader_that_stopped_do_not_keep_the_idle_timer_off(DispatcherIoBackend backend)
    {
        var clock = new HandClock();
        var loop = Kit11.StartLoop($"r11-idle-stuck-writes-{backend}", backend, clock: clock);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var options = new ListenerOptions { ReusePort = false, Connection = new ConnectionOptions { IdleTimeout = TimeSpan.FromSeconds(5), HighWatermark = 64 * 1024, LowWatermark = 16 * 1024 } };
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, options), "open");
            using var client = await NetKit.ConnectClient(listener.LocalEndPoint, "a client that never reads");
            await StepUntil(loop, clock, () => accepted.Count > 0, "the accept");
            var server = await accepted.WaitFor(0, "the server side");
            var chunk = NetKit.Pattern(16 * 1024, 1);
            await NetKit.On(
                loop,
                () =>
                {
                    for (var i = 0; i < 100_000 && !server.Connection!.IsAboveHighWatermark; i++)
                    {
                        server.Connection!.Write(chunk);
                    }
                },
                "write until above the high watermark");

            // Each step moves the loop clock past the idle timeout; bytes that still move stamp activity, but once
            // the reader's window is full nothing moves and the timer must close the connection.
            var steps = 0;
            for (; steps < 10 && !server.IsClosed; steps++)
            {
                await NetKit.On(loop, () => clock.Advance(TimeSpan.FromSeconds(6)), "move the clock past the idle timeout");
                await NetKit.Settle(loop, "the idle timer");
            }

            await server.WaitClosed("the idle timeout with bytes stuck in the send buffer");
            server.AssertClosedOnceWith(ConnectionCloseReason.IdleTimeout, $"no byte moved for the idle timeout ({steps} step(s) of 6 s)");
            Assert.Equal([ConnectionEvent.AboveHighWatermark, ConnectionEvent.Closed], server.Events);
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task An_await_in_onData_that_resumes_after_the_peer_reset_runs_on_the_loop_and_its_Write_returns_false(DispatcherIoBackend backend)
    {
        var loop = Kit11.StartLoop($"r11-await-after-reset-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
            for (var round = 0; round < 12; round++)
            {
                var context = $"[round {round}, {backend}]";
                var gate = new TaskCompletionSource();
                var resumed = new TaskCompletionSource<(Dispatcher? RanOn, ConnectionState State, bool Written)>(TaskCreationOptions.RunContinuationsAsynchronously);
                accepted.Configure = log => log.OnDataHook = (c, n) => { _ = WriteAfter(c, gate.Task, resumed); };
                var client = await NetKit.ConnectClient(listener.LocalEndPoint, $"the client {context}");
                var server = await accepted.WaitFor(round, $"the server side {context}");
                await NetKit.SendAll(client, new byte[] { 1 }, $"the byte whose onData awaits {context}");
                await server.WaitBytes(1, $"the byte whose onData awaits {context}");
                NetKit.ResetClose(client);
                await Kit11.WaitClosedOrFail(server, $"the peer's reset after its byte was read {context}");

                gate.SetResult();
                var (ranOn, state, written) = await DocOnlyKit.Within(resumed.Task, $"the await to resume after the reset {context}");
                Assert.True(ranOn == loop, $"{context} the await resumed on {ranOn?.Name ?? "a thread with no loop"}, not {loop.Name}.");
                Assert.True(state == ConnectionState.Closed && !written, $"{context} after the reset: state {state}, Write returned {written}.");
                server.AssertClosedOnceWith(ConnectionCloseReason.RemoteReset, $"the peer's reset {context}");
            }
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }

        static async Task WriteAfter(Connection connection, Task gate, TaskCompletionSource<(Dispatcher?, ConnectionState, bool)> resumed)
        {
            await gate;
            resumed.TrySetResult((Dispatcher.Current, connection.State, connection.Write(new byte[] { 2 })));
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_peer_reset_right_after_its_bytes_were_read_closes_with_RemoteReset_every_time(DispatcherIoBackend backend)
    {
        var seed = Kit11.NewSeed();
        var random = new Random(seed);
        var loop = Kit11.StartLoop($"r11-reset-after-read-{backend}", backend);
        try
        {
            var accepted = new AcceptedLogs(loop);
            var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
            for (var round = 0; round < 40; round++)
            {
                var length = random.Next(1, 64 * 1024);
                var context = $"[seed {seed}, round {round}, {length} bytes, {backend}]";
                var client = await NetKit.ConnectClient(listener.LocalEndPoint, context);
                var server = await accepted.WaitFor(round, context);
                await NetKit.SendAll(client, NetKit.Pattern(length, round), context);
                await server.WaitBytes(length, context);
                NetKit.ResetClose(client);
                await Kit11.WaitClosedOrFail(server, $"the peer's reset after its bytes were read {context}");
                server.AssertClosedOnceWith(ConnectionCloseReason.RemoteReset, context);
            }
        }
        finally
        {
            await NetKit.ExitAsync(loop);
        }
    }

    [Theory]
    [MemberData(nameof(NetKit.Backends), MemberType = typeof(NetKit))]
    public async Task A_Closed_handler_run_by_the_exit_is_refused_posts_and_the_exit_completes(DispatcherIoBackend backend)
    {
        var handler = new HandlerLog();
        var loop = Kit11.StartLoop($"r11-closed-at-exit-{backend}", backend, handler);
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(NetKit.AnyLoopbackPort);
        listening.Listen(4);
        var seen = new TaskCompletionSource<(bool PostRefused, bool TryPostTaken, Task Invoke, string ConnectOutcome)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepted = new AcceptedLogs(loop)
        {
            Configure = log => log.OnEventHook = (c, e) =>
            {
                if (e != ConnectionEvent.Closed)
                {
                    return;
                }

                var postRefused = false;
                try
                {
                    loop.Post(static () => { });
                }
                catch (ObjectDisposedException)
                {
                    postRefused = true;
                }

                var tryPostTaken = loop.TryPost(static () => { });
                var invoke = loop.InvokeAsync(static () => { });
                string connectOutcome;
                try
                {
                    var late = Connection.Connect(loop, listening.LocalEndPoint!, static (_, _) => { }, static (_, _) => { });
                    connectOutcome = $"returned, {late.State}";
                }
                catch (Exception ex)
                {
                    connectOutcome = $"{ex.GetType().Name}: {ex.Message}";
                }

                seen.TrySetResult((postRefused, tryPostTaken, invoke, connectOutcome));
            },
        };
        var listener = await NetKit.On(loop, () => Listener.Open(loop, NetKit.AnyLoopbackPort, accepted.Accept, new ListenerOptions { ReusePort = false }), "open");
        using var client = await NetKit.ConnectClient(listener.LocalEndPoint, "the client");
        var server = await accepted.WaitFor(0, "the server side");

        // The log exists from the start of onAccepted; a round trip makes sure Start ran before the exit (Start on an
        // exiting loop is refused: doc gap 1).
        await NetKit.Settle(loop, "the accept callback finished");
        loop.Exit();
        var (postRefused, tryPostTaken, invoke, connectOutcome) = await DocOnlyKit.Within(seen.Task, "the Closed handler run by the exit");
        await DocOnlyKit.Within(loop.Completion, "the exit to complete");
        Console.WriteLine($"{backend}: Connection.Connect inside a Closed handler run by the exit: {connectOutcome}");

        server.AssertClosedOnceWith(ConnectionCloseReason.LoopExited, "the exit");
        Assert.True(postRefused, "Post inside a Closed handler run by the exit did not throw ObjectDisposedException.");
        Assert.False(tryPostTaken, "TryPost inside a Closed handler run by the exit returned true.");
        await DocOnlyKit.FaultOf<ObjectDisposedException>(invoke, "InvokeAsync inside a Closed handler run by the exit");
    }

    [Fact]
    public async Task Dispose_of_a_pool_on_one_of_its_threads_is_refused_and_the_pool_goes_on()
    {
        await using var pool = WorkerPool.Start(DocOnlyKit.Options("r11-dispose-on-pool", 1));
        foreach (var thread in new[] { pool.Main, pool.Workers[0] })
        {
            var refused = await NetKit.On(
                thread,
                () =>
                {
                    try
                    {
                        pool.Dispose();
                        return null;
                    }
                    catch (InvalidOperationException ex)
                    {
                        return ex;
                    }
                },
                $"Dispose on {thread.Name}");
            Assert.True(refused is not null, $"WorkerPool.Dispose on its own thread {thread.Name} did not throw InvalidOperationException.");
        }

        Assert.False(pool.IsShutdown, "A refused Dispose shut the pool down.");
        var slot = pool.AllocateSlot<string>();
        await DocOnlyKit.Within(slot.SetAsync(static _ => "still running"), "a broadcast after the refused Dispose calls");
        Assert.Equal("still running", await NetKit.On(pool.Workers[0], () => slot.Get(), "the worker's value"));
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
