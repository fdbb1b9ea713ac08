using System;
using System.Collections.Generic;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// What every backend shares (<see cref="LoopBackend"/>), driven by hand with <see cref="Dispatcher.RunOnce"/>:
/// readiness marked more than once in an iteration is delivered once with every kind, only enabled kinds reach the
/// callback, the file-event counters, the spin a loop with sockets gives up, and a throwing exit hook at exit.
/// </summary>
public abstract class LoopBackendTests
{
    protected abstract DispatcherIoBackend Backend { get; }

    [Fact]
    public void Readiness_marked_twice_in_one_iteration_runs_the_callback_once_with_every_kind_marked()
    {
        using var dispatcher = NewLoop("twice");
        using var pair = SocketPair.Open();
        var seen = new List<(FileReadyType Ready, bool ShortReceiveDrains)>();
        FileEvent? fileEvent = null;
        fileEvent = dispatcher.CreateFileEvent(pair.Loop, ready => seen.Add((ready, fileEvent!.ShortReceiveDrains)), FileReadyType.Read | FileReadyType.Write);
        DrainInitialEvents(dispatcher, seen);

        // Marked twice (an even count, so an exclusive-or would cancel what an or keeps).
        fileEvent.Activate(FileReadyType.Read);
        fileEvent.Activate(FileReadyType.Read | FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());

        // Made-up readiness: never said to be drained by a short read, however often it was marked.
        Assert.Equal([(FileReadyType.Read | FileReadyType.Write, false)], seen);
        Assert.False(fileEvent.ShortReceiveDrains, "outside a callback a short receive was said to drain");
        Assert.True(dispatcher.RunOnce());
        Assert.Single(seen);
    }

    [Fact]
    public void Only_enabled_kinds_reach_the_callback_and_readiness_of_none_runs_nothing()
    {
        using var dispatcher = NewLoop("masked");
        using var pair = SocketPair.Open();
        var seen = new List<FileReadyType>();
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, seen.Add, FileReadyType.Read);
        DrainInitialEvents(dispatcher, seen);
        long runBefore = dispatcher.Stats.FileEventsRun;

        fileEvent.Activate(FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());
        Assert.Empty(seen);
        Assert.Equal(runBefore, dispatcher.Stats.FileEventsRun);

        fileEvent.Activate(FileReadyType.Read | FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([FileReadyType.Read], seen);
        Assert.Equal(runBefore + 1, dispatcher.Stats.FileEventsRun);
    }

    [Fact]
    public void File_event_counters_count_runs_and_failures_and_the_loop_goes_on()
    {
        var failures = new List<Exception>();
        using var dispatcher = NewLoop("counters", o => o.UnhandledExceptionHandler = (_, ex) => failures.Add(ex));
        using var pair = SocketPair.Open();
        int calls = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ =>
        {
            if (++calls == 2)
            {
                throw new InvalidOperationException("second call fails");
            }
        }, FileReadyType.None);

        for (int i = 0; i < 3; i++)
        {
            fileEvent.SetEnabled(FileReadyType.Read);
            fileEvent.Activate(FileReadyType.Read);
            Assert.True(dispatcher.RunOnce());
        }

        DispatcherStats stats = dispatcher.Stats;
        Assert.Equal(3, calls);
        Assert.Equal(3, stats.FileEventsRun);
        Assert.Equal(1, stats.FileEventFailures);
        Assert.Equal(1, stats.UnhandledExceptions);
        Assert.Equal("second call fails", Assert.Single(failures).Message);
    }

    [Fact]
    public void A_loop_with_a_socket_registered_does_not_spin_before_it_parks()
    {
        using var dispatcher = NewLoop("spin");
        using var pair = SocketPair.Open();
        LoopBackend backend = dispatcher.Backend;
        Assert.Equal(20, backend.SpinRoundsBeforePark(20));

        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
        Assert.Equal(0, backend.SpinRoundsBeforePark(20));

        fileEvent.Dispose();
        Assert.Equal(20, backend.SpinRoundsBeforePark(20));
    }

    [Fact]
    public void A_throwing_exit_hook_is_reported_and_every_other_event_is_still_closed()
    {
        var failures = new List<Exception>();
        var dispatcher = NewLoop("exit-hook", o => o.UnhandledExceptionHandler = (_, ex) => failures.Add(ex));
        using var first = SocketPair.Open();
        using var second = SocketPair.Open();
        int secondHooks = 0;
        FileEvent throwing = dispatcher.CreateFileEvent(first.Loop, _ => { }, FileReadyType.Read);
        throwing.LoopExited = () => throw new InvalidOperationException("exit hook fails");
        FileEvent quiet = dispatcher.CreateFileEvent(second.Loop, _ => { }, FileReadyType.Read);
        quiet.LoopExited = () => secondHooks++;

        dispatcher.Exit();
        Assert.False(dispatcher.RunOnce());

        Assert.True(throwing.IsClosed);
        Assert.True(quiet.IsClosed);
        Assert.Equal(1, secondHooks);
        Assert.Equal("exit hook fails", Assert.Single(failures).Message);
        Assert.Equal(1, dispatcher.Stats.UnhandledExceptions);
        Assert.Equal(2, dispatcher.Backend.FileEventsClosedAtExit);
        Assert.Equal(0, dispatcher.Backend.RegisteredCount);
        dispatcher.Dispose();
    }

    private Dispatcher NewLoop(string name, Action<DispatcherOptions>? configure = null)
    {
        var options = new DispatcherOptions { IoBackend = Backend };
        configure?.Invoke(options);
        return new Dispatcher($"{name}-{Backend}", options);
    }

    // A fresh socket is writable: the backends report that once; these tests start from a quiet event.
    private static void DrainInitialEvents<T>(Dispatcher dispatcher, List<T> seen)
    {
        Assert.True(dispatcher.RunOnce());
        Assert.True(dispatcher.RunOnce());
        seen.Clear();
    }
}

public sealed class LoopBackendTestsOnDefaultBackend : LoopBackendTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class LoopBackendTestsOnPortableBackend : LoopBackendTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}
