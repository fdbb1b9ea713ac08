using System;
using System.ComponentModel;
using System.Net.Sockets;
using System.Reflection;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// The epoll backend's own contract, driven by hand on the test thread (<see cref="Dispatcher.RunOnce"/> and the
/// backend's wait calls with a zero timeout): how it parks with and without sockets, how a wake reaches it, what it
/// asks the kernel to watch, and how a refused <c>epoll_ctl</c> is reported. Linux only; elsewhere the automatic
/// backend is the portable one and these tests have nothing to check.
/// </summary>
public sealed class EpollLoopBackendTests
{
    [Fact]
    public void Without_sockets_the_loop_parks_on_an_event_and_Prepare_forgets_an_earlier_wake()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-idle");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);

        backend.Prepare();
        Assert.False(backend.Park(0), "an idle loop was woken with nobody waking it");
        backend.Wake();
        Assert.True(backend.Park(0), "a wake did not reach the idle loop");
        backend.Prepare();
        Assert.False(backend.Park(0), "Prepare did not forget the earlier wake");
        Assert.Null(EpollDescriptor(backend, "_epoll"));
    }

    [Fact]
    public void With_a_socket_registered_each_wake_is_one_edge_of_the_eventfd()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-wake");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        using var pair = SocketPair.Open();
        using FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);

        backend.Prepare();
        Assert.False(backend.Park(0), "a registered, idle socket woke the wait");
        backend.Wake();
        Assert.True(backend.Park(0), "a wake did not reach a loop waiting in epoll");
        Assert.False(backend.Park(0), "one wake was reported twice");
        backend.Wake();
        backend.Wake();
        Assert.True(backend.Park(0), "a second wake did not reach the loop");
    }

    [Fact]
    public void Once_its_last_socket_is_gone_the_loop_parks_on_the_event_again()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-back-to-idle");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        using var pair = SocketPair.Open();
        dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read).Dispose();
        Assert.Equal(0, backend.RegisteredCount);

        backend.Prepare();
        backend.Wake();
        Assert.True(backend.Park(0), "a wake did not reach the loop parked on its event");

        // Parked on the event, Prepare forgets a wake sent before it (epoll would still report it).
        backend.Wake();
        backend.Prepare();
        Assert.False(backend.Park(0), "the loop waited in epoll although no socket is registered");
    }

    [Fact]
    public void A_saturated_wake_counter_is_reset_by_the_waker_and_the_wake_still_arrives()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-saturated");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        using var pair = SocketPair.Open();
        using FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
        FileDescriptorHandle wakeFd = EpollDescriptor(backend, "_wakeFd") ?? throw new InvalidOperationException("no eventfd after a registration");

        // 2^64 - 2 is the most an eventfd counter holds: the next write of 1 would block (EAGAIN).
        WriteCounter(wakeFd, ulong.MaxValue - 1);
        backend.Prepare();
        Assert.True(backend.Park(0), "the saturating write was not an edge");

        backend.Wake();
        Assert.True(backend.Park(0), "a wake at a saturated counter was lost");
    }

    [Fact]
    public void Only_the_enabled_kinds_are_watched_and_re_enabling_reports_what_is_ready_now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-interest");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        using var reader = SocketPair.Open();
        using var writer = SocketPair.Open();
        var seen = new System.Collections.Generic.List<(string Who, FileReadyType Ready)>();

        using FileEvent readOnly = dispatcher.CreateFileEvent(reader.Loop, ready => seen.Add(("reader", ready)), FileReadyType.Read);
        backend.Prepare();
        Assert.False(backend.Park(0), "a read-only event on a writable socket was reported: write readiness is watched");
        Assert.True(dispatcher.RunOnce()); // the iteration after a wait collects nothing more: the wait did

        using FileEvent writeOnly = dispatcher.CreateFileEvent(writer.Loop, ready => seen.Add(("writer", ready)), FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([("writer", FileReadyType.Write)], seen);

        // Data arriving on a write-only socket is not watched: no event, not even one reported as Write.
        writer.Peer.Send("x"u8);
        AwaitReadable(writer.Loop);
        Assert.True(dispatcher.RunOnce());
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([("writer", FileReadyType.Write)], seen);

        // EPOLL_CTL_MOD reports the socket's readiness as it is now.
        writeOnly.SetEnabled(FileReadyType.Read | FileReadyType.Write);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal([("writer", FileReadyType.Write), ("writer", FileReadyType.Read | FileReadyType.Write)], seen);
        GC.KeepAlive(readOnly);
    }

    [Fact]
    public void Registering_one_socket_twice_is_refused_by_the_kernel_naming_fd_and_dispatcher_and_the_slot_is_freed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-twice");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        using var pair = SocketPair.Open();
        using var other = SocketPair.Open();
        int calls = 0;
        using FileEvent first = dispatcher.CreateFileEvent(pair.Loop, _ => calls++, FileReadyType.Read);
        int fd = (int)pair.Loop.SafeHandle.DangerousGetHandle();

        var refused = Assert.Throws<Win32Exception>(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read));

        Assert.Equal(17, refused.NativeErrorCode); // EEXIST
        Assert.Contains($"epoll_ctl could not register fd {fd} on dispatcher 'epoll-twice'.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, backend.RegisteredCount);
        using FileEvent next = dispatcher.CreateFileEvent(other.Loop, _ => { }, FileReadyType.Read);
        Assert.Equal(1, next.Index);
        Assert.Equal(2, backend.RegisteredCount);

        // The first registration is untouched by the refused one.
        pair.Peer.Send("x"u8);
        AwaitReadable(pair.Loop);
        Assert.True(dispatcher.RunOnce());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void An_interest_change_for_a_socket_closed_underneath_is_refused_naming_fd_and_dispatcher()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-mod");
        using var pair = SocketPair.Open();
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
        pair.Loop.Dispose();

        var refused = Assert.Throws<Win32Exception>(() => fileEvent.SetEnabled(FileReadyType.Write));

        Assert.Contains("epoll_ctl could not change the interest of fd", refused.Message, StringComparison.Ordinal);
        Assert.Contains("on dispatcher 'epoll-mod'.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_event_leaves_the_set_so_the_next_owner_of_its_slot_hears_only_its_own_socket()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dispatcher = new Dispatcher("epoll-slot");
        using var first = SocketPair.Open();
        using var second = SocketPair.Open();
        int firstCalls = 0;
        int secondCalls = 0;
        FileEvent gone = dispatcher.CreateFileEvent(first.Loop, _ => firstCalls++, FileReadyType.Read);
        gone.Dispose();
        using FileEvent reused = dispatcher.CreateFileEvent(second.Loop, _ => secondCalls++, FileReadyType.Read);
        Assert.Equal(0, reused.Index);

        first.Peer.Send("x"u8);
        AwaitReadable(first.Loop);
        Assert.True(dispatcher.RunOnce());
        Assert.True(dispatcher.RunOnce());

        Assert.Equal(0, firstCalls);
        Assert.Equal(0, secondCalls);
    }

    [Fact]
    public void At_exit_every_event_is_closed_its_exit_hook_runs_once_and_both_descriptors_are_closed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var dispatcher = new Dispatcher("epoll-exit");
        var backend = Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        using var pair = SocketPair.Open();
        int exitHooks = 0;
        FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read);
        fileEvent.LoopExited = () => exitHooks++;
        FileDescriptorHandle epoll = EpollDescriptor(backend, "_epoll")!;
        FileDescriptorHandle wakeFd = EpollDescriptor(backend, "_wakeFd")!;

        dispatcher.Exit();
        Assert.False(dispatcher.RunOnce());

        Assert.True(fileEvent.IsClosed);
        Assert.Equal(1, exitHooks);
        Assert.Equal(0, backend.RegisteredCount);
        Assert.Equal(1, backend.FileEventsClosedAtExit);
        Assert.True(epoll.IsClosed, "the epoll descriptor outlived the loop");
        Assert.True(wakeFd.IsClosed, "the wake eventfd outlived the loop");
        backend.Wake(); // after the exit: nobody to wake, and no error
        dispatcher.Dispose();
    }

    private static FileDescriptorHandle? EpollDescriptor(EpollLoopBackend backend, string field) =>
        (FileDescriptorHandle?)typeof(EpollLoopBackend).GetField(field, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(backend);

    private static void WriteCounter(FileDescriptorHandle eventFd, ulong value)
    {
        // An eventfd is not seekable: the stream writes the 8 bytes with one write(2).
        using var stream = new System.IO.FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(eventFd.DangerousGetHandle(), ownsHandle: false), System.IO.FileAccess.Write, bufferSize: 0);
        stream.Write(BitConverter.GetBytes(value));
    }

    private static void AwaitReadable(Socket socket)
    {
        if (!socket.Poll((int)(TestWait.Timeout.TotalMilliseconds * 1000), SelectMode.SelectRead))
        {
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for data on {socket.LocalEndPoint}.");
        }
    }
}
