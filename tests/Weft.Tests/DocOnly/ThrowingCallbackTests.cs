using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Written from the documentation alone: "a callback that throws never stops its loop" (design.md, Additions),
// DispatcherOptions.UnhandledExceptionHandler ("called on the loop thread with each exception a callback, timer or
// deferred delete throws"), docs/io.md contract point 7, and StatsStore.Flush's throwing callback.
public sealed class ThrowingCallbackTests
{
    [Fact]
    public async Task A_posted_callback_that_throws_is_reported_on_its_own_loop_counted_and_the_loop_runs_the_next_post()
    {
        var reports = new HandlerLog();
        using var loop = Dispatcher.Start("doc-throwing-post", new DispatcherOptions { UnhandledExceptionHandler = reports.Handle });
        var thrown = new InvalidOperationException("posted callback failed");

        loop.Post(() => throw thrown);
        var ranOn = await Within(loop.InvokeAsync(() => Dispatcher.Current), "a post after the throwing one to run");

        Assert.Same(loop, ranOn);
        var report = Assert.Single(reports.Reports);
        Assert.Same(loop, report.Dispatcher);
        Assert.Same(thrown, report.Exception);
        Assert.Same(loop, report.RanOn);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
    }

    [Fact]
    public async Task InvokeAsync_whose_function_throws_faults_with_that_exception_and_the_loop_goes_on()
    {
        using var loop = Dispatcher.Start("doc-throwing-invoke");
        var thrown = new FormatException("function failed");

        var fault = await FaultOf<FormatException>(loop.InvokeAsync<int>(() => throw thrown), "InvokeAsync of a throwing function to fault");

        Assert.Same(thrown, fault);
        Assert.Equal(7, await Within(loop.InvokeAsync(() => 7), "the loop to run a later InvokeAsync"));
    }

    [Fact]
    public async Task A_timer_callback_that_throws_is_reported_and_the_timer_can_be_armed_again_from_the_loop()
    {
        var reported = new TaskCompletionSource<(Dispatcher, Exception)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var loop = Dispatcher.Start("doc-throwing-timer", new DispatcherOptions
        {
            UnhandledExceptionHandler = (d, e) => reported.TrySetResult((d, e)),
        });
        var secondFire = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fires = 0;
        DispatcherTimer? timer = null;

        await Within(loop.InvokeAsync(() =>
        {
            timer = loop.CreateTimer(() =>
            {
                if (++fires == 1)
                {
                    throw new InvalidOperationException("timer callback failed");
                }

                secondFire.TrySetResult();
            });
            timer.Enable(TimeSpan.Zero);
        }), "creating and arming the timer on its loop");

        var (dispatcher, exception) = await Within(reported.Task, "the timer's exception to reach the handler");
        Assert.Same(loop, dispatcher);
        Assert.Equal("timer callback failed", exception.Message);

        await Within(loop.InvokeAsync(() => timer!.Enable(TimeSpan.Zero)), "re-arming the timer on its loop");
        await Within(secondFire.Task, "the re-armed timer to fire after its callback threw once");
        Assert.Equal(2, fires);
        Assert.Equal(1, loop.Stats.UnhandledExceptions);
        Assert.True(loop.Stats.TimersFired >= 2, $"TimersFired = {loop.Stats.TimersFired}, expected both fires counted");
        await loop.InvokeAsync(() => timer!.Dispose());
    }

    // docs/io.md, contract 7: "A throwing callback is caught: the loop goes on, the exception goes to
    // DispatcherOptions.UnhandledExceptionHandler (or the log) and is counted in DispatcherStats.FileEventFailures and
    // UnhandledExceptions. The event stays registered."
    [Theory]
    [InlineData(DispatcherIoBackend.Automatic)]
    [InlineData(DispatcherIoBackend.Portable)]
    public async Task A_file_event_callback_that_throws_is_counted_twice_over_and_the_event_stays_registered(DispatcherIoBackend backend)
    {
        var reports = new HandlerLog();
        using var loop = Dispatcher.Start("doc-throwing-file-event", new DispatcherOptions { UnhandledExceptionHandler = reports.Handle, IoBackend = backend });
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        using var server = await listener.AcceptAsync();

        var deliveriesWithData = 0;
        var secondData = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        FileEvent? fileEvent = null;
        await Within(loop.InvokeAsync(() =>
        {
            fileEvent = loop.CreateFileEvent(server, ready =>
            {
                // Edge-triggered: drain until would-block before throwing, as the contract asks of every callback.
                var buffer = new byte[256];
                var received = 0;
                while (true)
                {
                    var n = fileEvent!.Receive(buffer, out var error);
                    if (error != SocketError.Success || n == 0)
                    {
                        break;
                    }

                    received += n;
                }

                if (received == 0)
                {
                    return; // spurious events are allowed (contract 5)
                }

                if (++deliveriesWithData == 1)
                {
                    throw new InvalidOperationException("file event callback failed");
                }

                secondData.TrySetResult(received);
            }, FileReadyType.Read);
        }), "registering the socket on its loop");

        client.Send("a"u8);
        await reports.WaitForAsync(1, "the file event's exception to reach the handler");
        client.Send("bc"u8);
        var secondBytes = await Within(secondData.Task, "a second delivery after the callback threw once");

        Assert.Equal(2, secondBytes);
        var report = Assert.Single(reports.Reports);
        Assert.Same(loop, report.Dispatcher);
        Assert.Same(loop, report.RanOn);
        var (failures, unhandled, closed) = await loop.InvokeAsync(() => (loop.Stats.FileEventFailures, loop.Stats.UnhandledExceptions, fileEvent!.IsClosed));
        Assert.Equal(1, failures);
        Assert.Equal(1, unhandled);
        Assert.False(closed, "the file event was closed after its callback threw; docs/io.md says it stays registered");
        await loop.InvokeAsync(() => fileEvent!.Dispose());
    }

    // WorkerPoolOptions.UnhandledExceptionHandler: "Receives exceptions thrown by callbacks on any of the pool's
    // dispatchers; the loops survive." A completion is such a callback, and it runs on main exactly once.
    [Fact]
    public async Task A_completion_that_throws_is_reported_as_mains_exception_once_and_main_keeps_serving()
    {
        var reports = new HandlerLog();
        var options = Options("dq-compl", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var slot = pool.AllocateSlot<string>();
        await Within(slot.SetAsync(d => d.Name), "the slot to be set");
        var completions = 0;

        slot.RunOnAllThreads(_ => { }, () =>
        {
            Interlocked.Increment(ref completions);
            throw new InvalidOperationException("completion failed");
        });
        // A second broadcast's completion runs on main after the first's: a barrier, not a sleep.
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.RunOnAllThreads(_ => { }, barrier.SetResult);
        await Within(barrier.Task, "a later completion to run on main after the throwing one");

        Assert.Equal(1, Volatile.Read(ref completions));
        var report = Assert.Single(reports.Reports);
        Assert.Same(pool.Main, report.Dispatcher);
        Assert.Same(pool.Main, report.RanOn);
        Assert.Equal("completion failed", report.Exception.Message);
        Assert.Equal(pool.Main.Name, await Within(pool.Main.InvokeAsync(() => Dispatcher.Current!.Name), "main to serve after the completion threw"));
    }

    // failure-semantics.md, Stats: "Flush(callback) … A throwing callback is reported as main's unhandled exception;
    // the other callbacks still run", each "exactly once with the same snapshot FlushAsync would give".
    [Fact]
    public async Task A_throwing_flush_callback_is_reported_on_main_and_a_callback_joined_to_the_same_flush_still_runs_once()
    {
        var reports = new HandlerLog();
        var options = Options("dq-flushcb", 2);
        options.UnhandledExceptionHandler = reports.Handle;
        await using var pool = WorkerPool.Start(options);
        var requests = pool.Stats.Counter("doc.flush_callback.requests");
        await Within(pool.Workers[0].InvokeAsync(() => requests.Increment(3)), "the increment on worker-0");
        StatsSnapshot? first = null;
        var secondRuns = 0;
        var second = new TaskCompletionSource<StatsSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);

        await Within(pool.Main.InvokeAsync(() =>
        {
            pool.Stats.Flush(s =>
            {
                first = s;
                throw new InvalidOperationException("flush callback failed");
            });
            pool.Stats.Flush(s =>
            {
                Interlocked.Increment(ref secondRuns);
                second.TrySetResult(s);
            });
        }), "asking main for two flushes");
        var snapshot = await Within(second.Task, "the second flush callback to run although the first threw");
        await Within(pool.Stats.FlushAsync(), "a later flush (barrier for a duplicate callback)");

        Assert.Equal(1, Volatile.Read(ref secondRuns));
        Assert.NotNull(first);
        Assert.Equal(first!.Sequence, snapshot.Sequence);
        Assert.Equal(3, snapshot.Counter("doc.flush_callback.requests"));
        var report = Assert.Single(reports.Reports);
        Assert.Same(pool.Main, report.Dispatcher);
        Assert.Equal("flush callback failed", report.Exception.Message);
    }
}
