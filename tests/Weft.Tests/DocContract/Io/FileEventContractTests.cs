using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocContract.Io;

/// <summary>
/// docs/io.md "The contract", numbered as there, written from that text and the XML docs alone and run against each
/// backend (one subclass per backend, as the doc says CI does).
/// </summary>
public abstract class FileEventContractTests
{
    private protected abstract DispatcherIoBackend Backend { get; }

    private Task<IoLoop> StartLoopAsync() => IoLoop.StartAsync(Backend, $"io-doc-{Backend}");

    /// <summary>Receives through the event until would-block or end of stream, as contract 1 and 2 ask.</summary>
    private static (List<byte> Bytes, SocketError Last, bool EndOfStream) Drain(FileEvent fileEvent)
    {
        var bytes = new List<byte>();
        byte[] buffer = new byte[16 * 1024];
        while (true)
        {
            int read = fileEvent.Receive(buffer, out SocketError error);
            if (error != SocketError.Success)
            {
                return (bytes, error, false);
            }

            if (read == 0)
            {
                return (bytes, SocketError.Success, true);
            }

            bytes.AddRange(buffer.AsSpan(0, read).ToArray());
        }
    }

    // 1, 2, 4: "A callback is told that a kind (Read, Write) may have become ready. It must then receive until the
    // socket would block ... Do the I/O through FileEvent.Receive" / "only on the owning loop".
    [Fact]
    public async Task A_reader_that_drains_to_would_block_gets_every_byte_and_the_next_edge_on_the_owning_loop()
    {
        const int seed = 1201;
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        var received = new List<byte>();
        var events = new LoopCounter();
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, kinds =>
        {
            loop.AssertOnLoop("file-event callback");
            Assert.True((kinds & ~FileReadyType.Read) == 0, $"delivered {kinds} with only Read enabled");
            var (bytes, last, _) = Drain(fileEvent);
            Assert.Equal(SocketError.WouldBlock, last);
            received.AddRange(bytes);
            events.Increment();
        }, FileReadyType.Read), "registering");

        byte[] all = LoopbackSockets.Payload(seed, 3 * 40_000);
        for (int message = 0; message < 3; message++)
        {
            byte[] chunk = new byte[40_000];
            Array.Copy(all, message * 40_000, chunk, 0, chunk.Length);
            await LoopbackSockets.SendAllAsync(peer, chunk, $"message {message}");
            int expected = (message + 1) * 40_000;
            await Bounded.Until(async () => await loop.On(() => received.Count >= expected, "reading the count"), $"message {message}'s bytes to be read on the loop (seed {seed})");
        }

        byte[] readOnLoop = await loop.On(() => received.ToArray(), "copying");
        Assert.True(all.AsSpan().SequenceEqual(readOnLoop), $"bytes differ (seed {seed})");
        Assert.True(events.Value >= 3, $"three sends awaited one by one gave {events.Value} read events");
        await loop.On(fileEvent.Dispose, "disposing");
        loop.AssertEveryCallbackOnLoop();
        Assert.Empty(loop.Unhandled);
    }

    // 1: "Data left unread is not reported again." 3: "SetEnabled(kinds) is EPOLL_CTL_MOD: every enabled kind that is
    // ready now is reported again. A reader that paused for backpressure resumes with SetEnabled(Read) and finds its
    // buffered data."
    [Fact]
    public async Task Unread_data_is_not_reported_again_and_re_enabling_read_reports_it()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        var events = new LoopCounter();
        int drainedBytes = 0;
        bool drainOnNextEvent = false;
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, _ =>
        {
            events.Increment();
            if (drainOnNextEvent)
            {
                drainedBytes += Drain(fileEvent).Bytes.Count;
            }
        }, FileReadyType.Read), "registering");

        await LoopbackSockets.SendAllAsync(peer, new byte[1000], "unread data");
        await events.AtLeastAsync(1, "the first read event");
        await loop.RoundTripsAsync(50);
        Assert.True(events.Value == 1, $"data left unread was reported {events.Value} times");

        await loop.On(() =>
        {
            drainOnNextEvent = true;
            fileEvent.SetEnabled(FileReadyType.Read);
        }, "re-enabling read");
        await events.AtLeastAsync(2, "the re-report after SetEnabled(Read)");
        Assert.Equal(1000, await loop.On(() => drainedBytes, "reading the drained count"));
        await loop.On(fileEvent.Dispose, "disposing");
    }

    // 4: "Only enabled kinds are delivered". FileReadyType.None: "the event stays registered but its callback is not run."
    [Fact]
    public async Task Only_enabled_kinds_are_delivered()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        var kindsSeen = new List<FileReadyType>();
        var events = new LoopCounter();
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, kinds =>
        {
            kindsSeen.Add(kinds);
            Drain(fileEvent);
            events.Increment();
        }, FileReadyType.None), "registering with no interest");

        await LoopbackSockets.SendAllAsync(peer, new byte[10], "data while nothing is enabled");
        await loop.RoundTripsAsync(30);
        Assert.True(events.Value == 0, $"{events.Value} callbacks with no kind enabled (the socket is readable and writable)");

        await loop.On(() => fileEvent.SetEnabled(FileReadyType.Read), "enabling read only");
        await events.AtLeastAsync(1, "the read event after enabling read");
        await loop.RoundTripsAsync(30);
        FileReadyType[] seen = await loop.On(() => kindsSeen.ToArray(), "copying");
        Assert.All(seen, kinds => Assert.True(kinds == FileReadyType.Read, $"delivered {kinds} with only Read enabled (the socket is always writable here)"));
        await loop.On(fileEvent.Dispose, "disposing");
    }

    // 1, 2: "send until it would block or has nothing left ... No further event of that kind is promised until that
    // happened" — a partial write goes on at the next write event.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Partial_writes_go_on_at_each_write_event_until_every_byte_is_sent(bool readEnabledToo)
    {
        const int seed = 1202;
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        byte[] payload = LoopbackSockets.Payload(seed, 8 << 20);
        int sent = 0;
        int wouldBlocks = 0;
        var firstWouldBlock = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, kinds =>
        {
            loop.AssertOnLoop("write callback");
            if ((kinds & FileReadyType.Write) == 0)
            {
                Assert.True(readEnabledToo, $"delivered {kinds} with only Write enabled");
                return;
            }

            while (sent < payload.Length)
            {
                int n = fileEvent.Send(payload.AsSpan(sent), out SocketError error);
                if (error == SocketError.WouldBlock)
                {
                    wouldBlocks++;
                    firstWouldBlock.TrySetResult();
                    return;
                }

                Assert.Equal(SocketError.Success, error);
                sent += n;
            }

            fileEvent.SetEnabled(FileReadyType.None);
            allSent.TrySetResult();
        }, FileReadyType.None), "registering");
        // Write is enabled after registration: this test assigns fileEvent on the test thread after the await, and a
        // write-ready callback registered with Write would run on the loop's next iteration, before that assignment.
        await loop.On(() => fileEvent.SetEnabled(readEnabledToo ? FileReadyType.Write | FileReadyType.Read : FileReadyType.Write), "enabling write");

        await Bounded.Within(firstWouldBlock.Task, "the socket to fill up (peer not reading yet)");
        byte[] got = await LoopbackSockets.ReadExactlyAsync(peer, payload.Length, $"the 8 MiB through partial writes (seed {seed})");
        await Bounded.Within(allSent.Task, "the writer to finish");

        Assert.True(payload.AsSpan().SequenceEqual(got), $"bytes differ (seed {seed})");
        Assert.True(await loop.On(() => wouldBlocks, "reading") >= 1, "no write would block: the test did not exercise partial writes");
        await loop.On(fileEvent.Dispose, "disposing");
        loop.AssertEveryCallbackOnLoop();
        Assert.Empty(loop.Unhandled);
    }

    // 4: "Errors and hang-ups ... are delivered as the enabled kinds; the next receive or send returns the error or end
    // of stream."
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task End_of_stream_or_a_reset_arrives_as_read_and_the_next_receive_reports_it(bool reset)
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        var outcome = new TaskCompletionSource<(bool EndOfStream, SocketError Error)>(TaskCreationOptions.RunContinuationsAsynchronously);
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, kinds =>
        {
            var (_, last, endOfStream) = Drain(fileEvent);
            if (endOfStream || last != SocketError.WouldBlock)
            {
                outcome.TrySetResult((endOfStream, last));
            }
        }, FileReadyType.Read), "registering");

        if (reset)
        {
            peer.LingerState = new LingerOption(true, 0);
            peer.Dispose();
        }
        else
        {
            peer.Shutdown(SocketShutdown.Send);
        }

        var (endOfStream, error) = await Bounded.Within(outcome.Task, reset ? "the peer's reset to reach a receive" : "the peer's end of stream to reach a receive");
        if (reset)
        {
            Assert.True(error == SocketError.ConnectionReset, $"after the peer's reset a receive returned {(endOfStream ? "end of stream" : error)}");
        }
        else
        {
            Assert.True(endOfStream, $"after the peer's FIN a receive returned {error}");
        }

        await loop.On(fileEvent.Dispose, "disposing");
        peer.Dispose();
    }

    // 5: "Spurious events are allowed (an Activate, a re-enable): a would-block is always a valid answer."
    [Fact]
    public async Task Activate_runs_the_callback_on_the_next_iteration_and_would_block_answers_it()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        var answer = new TaskCompletionSource<(FileReadyType, SocketError)>(TaskCreationOptions.RunContinuationsAsynchronously);
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, kinds =>
        {
            fileEvent.Receive(new byte[16], out SocketError error);
            answer.TrySetResult((kinds, error));
        }, FileReadyType.Read), "registering");

        await loop.On(() => fileEvent.Activate(FileReadyType.Read), "activating with no data waiting");
        var (kinds, error) = await Bounded.Within(answer.Task, "the activated callback");
        Assert.Equal(FileReadyType.Read, kinds);
        Assert.Equal(SocketError.WouldBlock, error);
        await loop.On(fileEvent.Dispose, "disposing");
    }

    // 6: "Registration, interest changes, Activate and Dispose run on the owning loop. From another thread they throw
    // InvalidOperationException naming the action and the dispatcher."
    [Fact]
    public async Task Registration_interest_changes_activate_and_dispose_from_another_thread_are_refused_naming_the_dispatcher()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        var (other, otherPeer) = LoopbackSockets.Pair();
        using var ___ = other;
        using var ____ = otherPeer;
        int callbacks = 0;
        FileEvent fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, _ => callbacks++, FileReadyType.None), "registering");

        var refusals = new (string Action, Action Call)[]
        {
            ("CreateFileEvent", () => loop.Dispatcher.CreateFileEvent(other, _ => { }, FileReadyType.Read)),
            ("SetEnabled", () => fileEvent.SetEnabled(FileReadyType.Read)),
            ("Activate", () => fileEvent.Activate(FileReadyType.Read)),
            ("Dispose", fileEvent.Dispose),
        };
        foreach (var (action, call) in refusals)
        {
            var refused = Assert.Throws<InvalidOperationException>(call);
            Assert.True(refused.Message.Contains(loop.Dispatcher.Name, StringComparison.Ordinal), $"{action} off the loop: the message does not name dispatcher '{loop.Dispatcher.Name}': {refused.Message}");
        }

        Assert.False(await loop.On(() => fileEvent.IsClosed, "reading IsClosed"), "a refused Dispose closed the event");
        await loop.RoundTripsAsync(10);
        Assert.Equal(0, await loop.On(() => callbacks, "reading"));
        await loop.On(fileEvent.Dispose, "disposing on the loop");
    }

    // 6: "Registering on a loop that is exiting or has exited throws ObjectDisposedException."
    [Fact]
    public async Task Registering_on_an_exiting_loop_throws_ObjectDisposedException()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        Exception? thrown = await loop.On(
            () =>
            {
                loop.Dispatcher.Exit();
                try
                {
                    loop.Dispatcher.CreateFileEvent(local, _ => { }, FileReadyType.Read);
                    return null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            },
            "registering after Exit, on the loop");
        Assert.IsType<ObjectDisposedException>(thrown);
    }

    // 7: "A throwing callback is caught: the loop goes on, the exception goes to DispatcherOptions.UnhandledExceptionHandler
    // ... and is counted in DispatcherStats.FileEventFailures and UnhandledExceptions. The event stays registered."
    [Fact]
    public async Task A_throwing_callback_is_reported_and_counted_the_loop_goes_on_and_the_event_stays_registered()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        var events = new LoopCounter();
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, _ =>
        {
            Drain(fileEvent);
            events.Increment();
            throw new InvalidTimeZoneException("thrown by the file-event callback");
        }, FileReadyType.Read), "registering");
        DispatcherStats before = await loop.On(() => loop.Dispatcher.Stats, "stats before");

        await LoopbackSockets.SendAllAsync(peer, [1], "the first byte");
        await events.AtLeastAsync(1, "the throwing callback");
        await LoopbackSockets.SendAllAsync(peer, [2], "the second byte");
        await events.AtLeastAsync(2, "the callback again, after it threw once (the event stays registered)");

        DispatcherStats after = await loop.On(() => loop.Dispatcher.Stats, "stats after");
        Assert.Equal(2, after.FileEventFailures - before.FileEventFailures);
        Assert.True(after.UnhandledExceptions - before.UnhandledExceptions >= 2, $"UnhandledExceptions rose by {after.UnhandledExceptions - before.UnhandledExceptions}");
        Assert.Equal(2, loop.Unhandled.Count(e => e is InvalidTimeZoneException));
        Assert.False(await loop.On(() => fileEvent.IsClosed, "reading IsClosed"));
        await loop.On(fileEvent.Dispose, "disposing");
    }

    // 8: "Dispose deregisters at once: no callback runs after Dispose returns, even for readiness already collected in
    // the same iteration (an earlier callback of the batch may dispose a later one). The socket is not closed."
    [Fact]
    public async Task A_callback_that_disposes_a_later_event_of_its_batch_stops_it_and_leaves_its_socket_open()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (localA, peerA) = LoopbackSockets.Pair();
        var (localB, peerB) = LoopbackSockets.Pair();
        using var _ = localA;
        using var __ = peerA;
        using var ___ = localB;
        using var ____ = peerB;
        var ran = new List<string>();
        var first = new LoopCounter();
        FileEvent a = null!;
        FileEvent b = null!;
        await loop.On(
            () =>
            {
                a = loop.Dispatcher.CreateFileEvent(localA, _ => { ran.Add("a"); Drain(a); b.Dispose(); first.Increment(); }, FileReadyType.Read);
                b = loop.Dispatcher.CreateFileEvent(localB, _ => { ran.Add("b"); Drain(b); a.Dispose(); first.Increment(); }, FileReadyType.Read);
            },
            "registering two events that each dispose the other");

        // Hold the loop so that both sockets are ready before it next collects readiness.
        using var gate = new LoopGate();
        loop.Dispatcher.Post(gate.Block);
        await Bounded.Within(gate.Entered, "the loop to enter the gate");
        peerA.Send([1]);
        peerB.Send([2]);
        await Bounded.Until(() => Task.FromResult(localA.Available > 0 && localB.Available > 0), "both bytes to arrive");
        gate.Open();

        await first.AtLeastAsync(1, "the first callback of the batch");
        await loop.RoundTripsAsync(30);
        string[] order = await loop.On(() => ran.ToArray(), "copying");
        Assert.True(order.Length == 1, $"callbacks ran: {string.Join(", ", order)}; the one disposed by the first must not run");

        // "The socket is not closed: its owner closes it."
        (Socket disposedLocal, Socket disposedPeer) = order[0] == "a" ? (localB, peerB) : (localA, peerA);
        Assert.True(await loop.On(() => order[0] == "a" ? b.IsClosed : a.IsClosed, "reading IsClosed"), "the disposed event does not say IsClosed");
        disposedPeer.Send([3]);
        byte[] two = new byte[2];
        using var timeout = new CancellationTokenSource(Bounded.Limit);
        int got = 0;
        while (got < 2)
        {
            got += await disposedLocal.ReceiveAsync(two.AsMemory(got), SocketFlags.None, timeout.Token);
        }

        Assert.Equal(3, two[1]);
        await loop.On(() => { a.Dispose(); b.Dispose(); }, "disposing both (idempotent)");
    }

    // 9: "A socket closed while registered ... is noticed before the next delivery: the event is closed without a
    // callback and not deregistered by fd (... the number may already belong to a new socket, whose registration is
    // unaffected)."
    [Fact]
    public async Task A_socket_closed_while_registered_gets_no_callback_and_a_new_socket_on_its_number_is_unaffected()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (closedLocal, closedPeer) = LoopbackSockets.Pair();
        using var _ = closedPeer;
        int closedCallbacks = 0;
        FileEvent closedEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(closedLocal, _ => closedCallbacks++, FileReadyType.Read), "registering the socket that will be closed");

        await loop.On(closedLocal.Dispose, "the owner closing the socket while registered");
        try
        {
            closedPeer.Send([1]); // the peer writes into the closed socket: its kernel answers with a reset
        }
        catch (SocketException)
        {
            // docs/io.md "Known difference of the portable backend": a close with a read in flight reaches the peer as RST
        }

        var (fresh, freshPeer) = LoopbackSockets.Pair();
        using var __ = fresh;
        using var ___ = freshPeer;
        var freshEvents = new LoopCounter();
        var freshBytes = new List<byte>();
        FileEvent freshEvent = null!;
        freshEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(fresh, _ => { freshBytes.AddRange(Drain(freshEvent).Bytes); freshEvents.Increment(); }, FileReadyType.Read), "registering a new socket (possibly on the same number)");
        await loop.On(
            () =>
            {
                try
                {
                    closedEvent.Activate(FileReadyType.Read); // a delivery attempt on the closed socket
                }
                catch (ObjectDisposedException)
                {
                    // already noticed as closed: also within the contract
                }
            },
            "activating the event of the closed socket");

        await LoopbackSockets.SendAllAsync(freshPeer, [7, 8], "bytes to the new socket");
        await Bounded.Until(async () => await loop.On(() => freshBytes.Count == 2, "reading"), "the new socket's bytes to be delivered");
        await loop.RoundTripsAsync(20);
        Assert.Equal(0, await loop.On(() => closedCallbacks, "reading"));
        Assert.True(await loop.On(() => closedEvent.IsClosed, "reading IsClosed"), "the event of the closed socket is not closed after a delivery attempt");
        Assert.Equal([7, 8], await loop.On(() => freshBytes.ToArray(), "copying"));
        await loop.On(freshEvent.Dispose, "disposing");
        Assert.Empty(loop.Unhandled);
    }

    // 10: "At loop exit ... events pending delivery are dropped and every registered event is closed".
    [Fact]
    public async Task At_loop_exit_every_registered_event_is_closed_and_no_callback_runs_after()
    {
        IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        int callbacksAfterExit = 0;
        FileEvent fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, _ =>
        {
            if (loop.Dispatcher.HasExited)
            {
                Interlocked.Increment(ref callbacksAfterExit);
            }
        }, FileReadyType.Read | FileReadyType.Write), "registering");

        using (var gate = new LoopGate())
        {
            loop.Dispatcher.Post(gate.Block);
            await Bounded.Within(gate.Entered, "the loop to enter the gate");
            peer.Send([1]);
            loop.Dispatcher.Exit();
        }

        await loop.DisposeAsync();
        Assert.True(fileEvent.IsClosed, "a registered event is not closed after the loop exited");
        Assert.Equal(0, Volatile.Read(ref callbacksAfterExit));
    }

    // Backends: "The dispatcher keeps the handshake that wakes only a parked loop ... so Wakeups <= Parks holds for both
    // backends" — with sockets registered (epoll parks in epoll_wait and is woken through its eventfd).
    [Fact]
    public async Task With_sockets_registered_posts_wake_the_loop_only_when_parked()
    {
        const int seed = 1203;
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        FileEvent fileEvent = null!;
        fileEvent = await loop.On(() => loop.Dispatcher.CreateFileEvent(local, _ => Drain(fileEvent), FileReadyType.Read), "registering");
        DispatcherStats before = await loop.On(() => loop.Dispatcher.Stats, "stats before");

        var random = new Random(seed);
        int posts = 0;
        var done = new LoopCounter();
        for (int burst = 0; burst < 200; burst++)
        {
            int size = random.Next(1, 50);
            for (int i = 0; i < size; i++)
            {
                loop.Dispatcher.Post(done.Increment);
                posts++;
            }

            if (random.Next(4) == 0)
            {
                await done.AtLeastAsync(posts, $"burst {burst} to run (seed {seed})"); // let the loop park between some bursts
            }
        }

        await done.AtLeastAsync(posts, $"every post to run (seed {seed})");
        DispatcherStats after = await loop.On(() => loop.Dispatcher.Stats, "stats after");
        long wakeups = after.Wakeups - before.Wakeups;
        long parks = after.Parks - before.Parks;
        Assert.True(wakeups <= parks + 1, $"{wakeups} wake-ups for {parks} parks over {posts} posts (seed {seed}); at most one wake per park");
        Assert.True(after.Wakeups <= after.Parks, $"Wakeups {after.Wakeups} > Parks {after.Parks} (seed {seed})");
        await loop.On(fileEvent.Dispose, "disposing");
    }

    // 2: "Do the I/O through FileEvent.Receive / FileEvent.Send": the callback can only do that with the FileEvent that
    // CreateFileEvent returns, so it never runs inside CreateFileEvent, even for a socket that is writable at once.
    // The assignment is made on the loop, right after CreateFileEvent returns: assigning it on the test thread after
    // awaiting the registration would race the loop's next iteration, where the first delivery belongs.
    [Fact]
    public async Task The_callback_does_not_run_before_CreateFileEvent_returns()
    {
        await using IoLoop loop = await StartLoopAsync();
        var (local, peer) = LoopbackSockets.Pair();
        using var _ = local;
        using var __ = peer;
        FileEvent? fileEvent = null;
        bool ranBeforeReturn = false;
        var ran = new LoopCounter();
        await loop.On(() =>
        {
            fileEvent = loop.Dispatcher.CreateFileEvent(local, _ =>
            {
                ranBeforeReturn |= fileEvent is null;
                ran.Increment();
            }, FileReadyType.Read | FileReadyType.Write);
        }, "registering on a writable socket");
        await ran.AtLeastAsync(1, "the write-ready callback");
        Assert.False(await loop.On(() => ranBeforeReturn, "reading"), "the callback ran inside CreateFileEvent, before the FileEvent it must do its I/O through was returned");
        await loop.On(() => fileEvent!.Dispose(), "disposing");
    }
}

public sealed class FileEventContractEpollTests : FileEventContractTests
{
    private protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class FileEventContractPortableTests : FileEventContractTests
{
    private protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}
