using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>The file-event contract of docs/io.md, run once per backend (see the two subclasses at the end).</summary>
public abstract class FileEventConformanceTests
{
    protected abstract DispatcherIoBackend Backend { get; }

    [Fact]
    public void A_read_event_runs_on_the_owning_loop_once_per_edge_not_while_data_stays_unread()
    {
        using var dispatcher = StartLoop("edge");
        using var pair = SocketPair.Open();
        int events = 0;
        bool offLoop = false;
        var drained = new System.Collections.Generic.List<byte>();
        using var firstSeen = new ManualResetEventSlim();
        using var rearmedSeen = new ManualResetEventSlim();
        using var newDataSeen = new ManualResetEventSlim();
        FileEvent? fileEvent = null;
        dispatcher.Invoke(() => fileEvent = dispatcher.CreateFileEvent(pair.Loop, ready =>
        {
            offLoop |= Dispatcher.Current != dispatcher;
            events++;
            if (events == 1)
            {
                // Deliberately read one byte only: level triggering would report the rest on every iteration.
                Span<byte> one = stackalloc byte[1];
                _ = fileEvent!.Receive(one, out _);
                firstSeen.Set();
                return;
            }

            Span<byte> chunk = stackalloc byte[64];
            while (true)
            {
                int n = fileEvent!.Receive(chunk, out SocketError error);
                if (error != SocketError.Success || n == 0)
                {
                    break;
                }

                drained.AddRange(chunk[..n].ToArray());
            }

            (events == 2 ? rearmedSeen : newDataSeen).Set();
        }, FileReadyType.Read));

        pair.Peer.Send("abc"u8);
        firstSeen.Wait("the first read event");
        for (int i = 0; i < 5; i++)
        {
            dispatcher.Flush();
        }

        Assert.Equal(1, dispatcher.Invoke(() => events));

        // Re-enabling re-reports current readiness (EPOLL_CTL_MOD): the unread bytes are not stranded.
        dispatcher.Invoke(() =>
        {
            fileEvent!.SetEnabled(FileReadyType.Read);
            return true;
        });
        rearmedSeen.Wait("a read event after re-enabling read interest");
        Assert.Equal("bc", System.Text.Encoding.ASCII.GetString(dispatcher.Invoke(() => drained.ToArray())));

        // Drained to would-block: the next data is a new edge.
        pair.Peer.Send("d"u8);
        newDataSeen.Wait("a read event for new data");
        Assert.Equal("bcd", System.Text.Encoding.ASCII.GetString(dispatcher.Invoke(() => drained.ToArray())));
        Assert.False(offLoop, "a file-event callback ran off its loop");
    }

    [Fact]
    public void Partial_writes_resume_on_the_next_write_event_and_every_byte_arrives_in_order()
    {
        using var dispatcher = StartLoop("partial");
        using var pair = SocketPair.Open();
        byte[] payload = Enumerable.Range(0, 32 << 20).Select(i => (byte)(i * 7 + (i >> 13))).ToArray();
        int offset = 0;
        int wouldBlocks = 0;
        int writeEvents = 0;
        using var blocked = new ManualResetEventSlim();
        FileEvent? fileEvent = null;
        dispatcher.Invoke(() => fileEvent = dispatcher.CreateFileEvent(pair.Loop, ready =>
        {
            writeEvents++;
            while (offset < payload.Length)
            {
                int sent = fileEvent!.Send(payload.AsSpan(offset), out SocketError error);
                if (error == SocketError.WouldBlock)
                {
                    wouldBlocks++;
                    blocked.Set();
                    return;
                }

                Assert.Equal(SocketError.Success, error);
                offset += sent;
            }

            fileEvent!.SetEnabled(FileReadyType.None);
        }, FileReadyType.Write));

        // Read nothing until the socket buffers are full: the writer must meet a partial write first.
        blocked.Wait("the writer to meet a full socket buffer");
        byte[] received = new byte[payload.Length];
        int total = 0;
        pair.Peer.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        while (total < received.Length)
        {
            int n = pair.Peer.Receive(received, total, received.Length - total, SocketFlags.None);
            Assert.True(n > 0, $"stream ended after {total} of {received.Length} bytes");
            total += n;
        }

        Assert.True(payload.AsSpan().SequenceEqual(received), "the bytes differ");
        (int blocks, int writes) = dispatcher.Invoke(() => (wouldBlocks, writeEvents));
        Assert.True(blocks >= 1, "32 MB went out without a partial write; the test proves nothing");
        Assert.True(writes > blocks, $"{writes} write events for {blocks} would-blocks: a blocked writer was not resumed");
    }

    [Fact]
    public void A_socket_closed_while_registered_closes_its_event_without_a_callback_and_its_fd_number_can_be_reused()
    {
        using var dispatcher = StartLoop("closed");
        var first = SocketPair.Open();
        int firstCalls = 0;
        FileEvent firstEvent = dispatcher.Invoke(() => dispatcher.CreateFileEvent(first.Loop, _ => firstCalls++, FileReadyType.Read));
        dispatcher.Invoke(() =>
        {
            first.Loop.Dispose();
            firstEvent.Activate(FileReadyType.Read);
            return true;
        });
        dispatcher.WaitForReadyPass();
        Assert.True(dispatcher.Invoke(() => firstEvent.IsClosed), "the event of a closed socket stayed open");
        Assert.Equal(0, dispatcher.Invoke(() => firstCalls));
        dispatcher.Invoke(() =>
        {
            firstEvent.Dispose();
            return true;
        });
        first.Dispose();

        // The kernel hands the freed fd number to the next socket: its registration must work normally.
        using var second = SocketPair.Open();
        using var seen = new ManualResetEventSlim();
        dispatcher.Invoke(() => dispatcher.CreateFileEvent(second.Loop, _ => seen.Set(), FileReadyType.Read));
        second.Peer.Send("x"u8);
        seen.Wait("a read event on the socket registered after the closed one");
    }

    [Fact]
    public void An_event_disposed_by_an_earlier_callback_of_the_same_batch_does_not_run()
    {
        using var dispatcher = StartLoop("pending");
        using var a = SocketPair.Open();
        using var b = SocketPair.Open();
        int ran = 0;
        FileEvent? eventA = null;
        FileEvent? eventB = null;
        dispatcher.Invoke(() =>
        {
            eventA = dispatcher.CreateFileEvent(a.Loop, _ =>
            {
                ran++;
                eventB!.Dispose();
            }, FileReadyType.Read);
            eventB = dispatcher.CreateFileEvent(b.Loop, _ =>
            {
                ran++;
                eventA!.Dispose();
            }, FileReadyType.Read);
            // Both become ready in the same iteration; whichever runs first disposes the other.
            eventA.Activate(FileReadyType.Read);
            eventB.Activate(FileReadyType.Read);
            return true;
        });
        dispatcher.WaitForReadyPass();
        Assert.Equal(1, dispatcher.Invoke(() => ran));
    }

    [Fact]
    public void Events_pending_at_exit_are_dropped_and_every_registered_event_is_closed()
    {
        var dispatcher = StartLoop("exit");
        using var pair = SocketPair.Open();
        int calls = 0;
        FileEvent? fileEvent = null;
        dispatcher.Invoke(() =>
        {
            fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => Interlocked.Increment(ref calls), FileReadyType.Read);
            fileEvent.Activate(FileReadyType.Read);
            dispatcher.Exit();
            return true;
        });
        dispatcher.Completion.Completes("the loop's exit");
        dispatcher.Dispose();
        Assert.Equal(0, Volatile.Read(ref calls));
        Assert.True(fileEvent!.IsClosed, "a file event outlived its loop");
        fileEvent.Dispose();
        Assert.Throws<ObjectDisposedException>(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read));
    }

    [Fact]
    public void A_throwing_callback_is_counted_and_the_loop_goes_on_delivering()
    {
        var failures = new ConcurrentQueue<Exception>();
        using var failed = new ManualResetEventSlim();
        using var dispatcher = StartLoop("throws", o => o.UnhandledExceptionHandler = (_, ex) =>
        {
            failures.Enqueue(ex);
            failed.Set();
        });
        using var pair = SocketPair.Open();
        using var second = new ManualResetEventSlim();
        int calls = 0;
        FileEvent? fileEvent = null;
        dispatcher.Invoke(() => fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ =>
        {
            Span<byte> sink = stackalloc byte[16];
            while (fileEvent!.Receive(sink, out SocketError error) > 0 && error == SocketError.Success)
            {
            }

            if (++calls == 1)
            {
                throw new InvalidOperationException("callback failure");
            }

            second.Set();
        }, FileReadyType.Read));

        pair.Peer.Send("1"u8);
        failed.Wait("the failure to reach the handler");
        pair.Peer.Send("2"u8);
        second.Wait("the event after the throwing one");
        DispatcherStats stats = dispatcher.Stats;
        Assert.Equal(1, stats.FileEventFailures);
        Assert.Equal(1, stats.UnhandledExceptions);
        Assert.Equal("callback failure", Assert.Single(failures).Message);
    }

    [Fact]
    public void Registration_and_interest_changes_from_another_thread_are_refused_by_name()
    {
        using var dispatcher = StartLoop("owner");
        using var pair = SocketPair.Open();
        var refused = Assert.Throws<InvalidOperationException>(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read));
        Assert.Contains("register a file event", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'owner-", refused.Message, StringComparison.Ordinal);

        FileEvent fileEvent = dispatcher.Invoke(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read));
        Assert.Throws<InvalidOperationException>(() => fileEvent.SetEnabled(FileReadyType.Write));
        Assert.Throws<InvalidOperationException>(() => fileEvent.Dispose());
    }

    [Fact]
    public void With_sockets_registered_a_busy_loop_is_not_woken_and_a_parked_one_is_woken_once_per_park()
    {
        using var dispatcher = StartLoop("wakes");
        using var pair = SocketPair.Open();
        using var readSeen = new ManualResetEventSlim();
        dispatcher.Invoke(() => dispatcher.CreateFileEvent(pair.Loop, _ => readSeen.Set(), FileReadyType.Read));
        const int Bursts = 100;
        const int PostsPerBurst = 1_000;
        int ran = 0;
        for (int burst = 0; burst < Bursts; burst++)
        {
            for (int i = 0; i < PostsPerBurst; i++)
            {
                dispatcher.Post(() => ran++);
            }

            dispatcher.Flush();
        }

        pair.Peer.Send("w"u8);
        readSeen.Wait("readiness to wake the parked loop");
        DispatcherStats stats = dispatcher.Stats;
        Assert.Equal(Bursts * PostsPerBurst, dispatcher.Invoke(() => ran));
        Assert.True(stats.Wakeups <= stats.Parks, $"wakeups {stats.Wakeups} > parks {stats.Parks}");
        Assert.True(stats.Wakeups < Bursts * PostsPerBurst / 4, $"{stats.Wakeups} wake-ups for {Bursts * PostsPerBurst} posts");
    }

    [Fact]
    public void A_timer_fires_while_the_loop_waits_for_readiness()
    {
        using var dispatcher = StartLoop("timer");
        using var pair = SocketPair.Open();
        using var fired = new ManualResetEventSlim();
        dispatcher.Invoke(() =>
        {
            dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
            DispatcherTimer timer = dispatcher.CreateTimer(fired.Set);
            timer.Enable(TimeSpan.FromMilliseconds(5));
            return timer;
        });
        fired.Wait("a timer armed on a loop waiting for socket readiness");
    }

    protected Dispatcher StartLoop(string name, Action<DispatcherOptions>? configure = null)
    {
        var options = new DispatcherOptions { IoBackend = Backend };
        configure?.Invoke(options);
        return Dispatcher.Start($"{name}-{Backend}", options);
    }
}

public sealed class FileEventConformanceTestsOnDefaultBackend : FileEventConformanceTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class FileEventConformanceTestsOnPortableBackend : FileEventConformanceTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}

/// <summary>A connected loopback TCP pair: <see cref="Loop"/> is registered with a loop, <see cref="Peer"/> is driven by the test.</summary>
internal static class ReadyPass
{
    /// <summary>
    /// Returns once the loop has delivered every file event made ready before this call. Made ready later, a marker
    /// event is delivered after them in the same pass or a later one; a posted callback (<c>Flush</c>) is no such
    /// boundary: one iteration's post phase may run several callbacks the test thread posts in turn, before its pass.
    /// </summary>
    public static void WaitForReadyPass(this Dispatcher dispatcher)
    {
        using var marker = SocketPair.Open();
        using var delivered = new ManualResetEventSlim();
        FileEvent markerEvent = dispatcher.Invoke(() =>
        {
            FileEvent made = dispatcher.CreateFileEvent(marker.Loop, _ => delivered.Set(), FileReadyType.Read);
            made.Activate(FileReadyType.Read);
            return made;
        });
        delivered.Wait("a marker event made ready after the ones under test");
        dispatcher.Invoke(() =>
        {
            markerEvent.Dispose();
            return true;
        });
    }
}

internal sealed class SocketPair : IDisposable
{
    private SocketPair(Socket loop, Socket peer)
    {
        Loop = loop;
        Peer = peer;
    }

    public Socket Loop { get; }

    public Socket Peer { get; }

    public static SocketPair Open()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        peer.Connect(listener.LocalEndPoint!);
        Socket loop = listener.Accept();
        loop.NoDelay = true;
        return new SocketPair(loop, peer);
    }

    public void Dispose()
    {
        Loop.Dispose();
        Peer.Dispose();
    }
}
