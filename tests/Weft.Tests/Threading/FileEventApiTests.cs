using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// <see cref="FileEvent"/>'s members one by one, on both backends: each loop-only member refused off the loop naming
/// what was tried, what a closed event still allows (idempotent dispose, a quiet activate or re-arm) and refuses
/// (interest changes, by name), the would-block count of <see cref="FileEvent.Receive"/>, and the exit hook.
/// </summary>
public abstract class FileEventApiTests
{
    protected abstract DispatcherIoBackend Backend { get; }

    [Fact]
    public void Every_loop_only_member_is_refused_off_the_loop_naming_what_was_tried()
    {
        using var dispatcher = Dispatcher.Start($"api-owner-{Backend}", new DispatcherOptions { IoBackend = Backend });
        using var pair = SocketPair.Open();
        FileEvent fileEvent = dispatcher.Invoke(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read));

        AssertRefused("change a file event's interest", () => fileEvent.SetEnabled(FileReadyType.Write));
        AssertRefused("activate a file event", () => fileEvent.Activate(FileReadyType.Read));
        AssertRefused("re-arm a file event", () => fileEvent.NotifyWouldBlock(FileReadyType.Read));
        AssertRefused("dispose a file event", fileEvent.Dispose);
        Assert.False(fileEvent.IsClosed, "a refused dispose closed the event");
        Assert.Same(dispatcher, fileEvent.Dispatcher);

        void AssertRefused(string action, Action call)
        {
            var refused = Assert.Throws<InvalidOperationException>(call);
            Assert.Contains($"Cannot {action} from thread", refused.Message, StringComparison.Ordinal);
            Assert.Contains($"dispatcher 'api-owner-{Backend}'", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_closed_event_can_be_disposed_again_from_any_thread_and_refuses_interest_changes_by_name()
    {
        using var dispatcher = Dispatcher.Start($"api-closed-{Backend}", new DispatcherOptions { IoBackend = Backend });
        using var pair = SocketPair.Open();
        int calls = 0;
        FileEvent fileEvent = dispatcher.Invoke(() =>
        {
            FileEvent created = dispatcher.CreateFileEvent(pair.Loop, _ => calls++, FileReadyType.Read);
            created.Dispose();
            // Closed: activating or re-arming it is harmless and delivers nothing.
            created.Activate(FileReadyType.Read);
            created.NotifyWouldBlock(FileReadyType.Read);
            return created;
        });

        Assert.True(fileEvent.IsClosed);
        fileEvent.Dispose(); // off the loop, but already closed: nothing to do, nothing refused
        var refused = dispatcher.Invoke(() => Record.Exception(() => fileEvent.SetEnabled(FileReadyType.Write)));
        var disposed = Assert.IsType<ObjectDisposedException>(refused);
        Assert.Equal(nameof(FileEvent), disposed.ObjectName);
        Assert.Contains($"on Dispatcher 'api-closed-{Backend}' is closed.", disposed.Message, StringComparison.Ordinal);
        pair.Peer.Send("x"u8);
        dispatcher.Flush();
        dispatcher.Flush();
        Assert.Equal(0, dispatcher.Invoke(() => calls));
        Assert.Equal(0, dispatcher.Backend.RegisteredCount);
    }

    [Fact]
    public void Receive_counts_only_the_receives_that_would_block_and_reports_them()
    {
        using var dispatcher = Dispatcher.Start($"api-receive-{Backend}", new DispatcherOptions { IoBackend = Backend });
        using var pair = SocketPair.Open();
        FileEvent fileEvent = dispatcher.Invoke(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.None));

        (int Received, SocketError Error, long WouldBlocks) empty = dispatcher.Invoke(() =>
        {
            int n = fileEvent.Receive(new byte[8], out SocketError error);
            return (n, error, fileEvent.WouldBlockReceives);
        });
        Assert.Equal((0, SocketError.WouldBlock, 1L), empty);

        pair.Peer.Send("abc"u8);
        AwaitReadable(pair.Loop);
        (int Received, SocketError Error, long WouldBlocks) full = dispatcher.Invoke(() =>
        {
            int n = fileEvent.Receive(new byte[8], out SocketError error);
            return (n, error, fileEvent.WouldBlockReceives);
        });
        Assert.Equal((3, SocketError.Success, 1L), full);

        (int Sent, SocketError Error) sent = dispatcher.Invoke(() =>
        {
            int n = fileEvent.Send("ok"u8, out SocketError error);
            return (n, error);
        });
        Assert.Equal((2, SocketError.Success), sent);
        Assert.Equal(1L, dispatcher.Invoke(() => fileEvent.WouldBlockReceives));
    }

    [Fact]
    public void The_exit_hook_runs_at_the_loop_s_exit_only_not_when_the_socket_is_closed_underneath()
    {
        var dispatcher = Dispatcher.Start($"api-hook-{Backend}", new DispatcherOptions { IoBackend = Backend });
        using var underneath = SocketPair.Open();
        using var atExit = SocketPair.Open();
        int underneathHooks = 0;
        int exitHooks = 0;
        (FileEvent closedUnderneath, FileEvent closedAtExit) = dispatcher.Invoke(() =>
        {
            FileEvent first = dispatcher.CreateFileEvent(underneath.Loop, _ => { }, FileReadyType.Read);
            first.LoopExited = () => underneathHooks++;
            FileEvent second = dispatcher.CreateFileEvent(atExit.Loop, _ => { }, FileReadyType.Read);
            second.LoopExited = () => exitHooks++;
            underneath.Loop.Dispose();
            first.Activate(FileReadyType.Read);
            return (first, second);
        });
        dispatcher.WaitForReadyPass();
        Assert.True(dispatcher.Invoke(() => closedUnderneath.IsClosed), "a socket closed underneath was not noticed at its next delivery");
        Assert.Equal(1, dispatcher.Backend.FileEventsClosedUnderneath);
        Assert.Equal(1, dispatcher.Invoke(() => dispatcher.Backend.RegisteredCount));

        dispatcher.Dispose();

        Assert.True(closedAtExit.IsClosed);
        Assert.Equal(0, underneathHooks);
        Assert.Equal(1, exitHooks);
        Assert.Equal(1, dispatcher.Backend.FileEventsClosedAtExit);
    }

    [Fact]
    public void Disposing_with_the_socket_deregisters_first_then_closes_the_socket()
    {
        using var dispatcher = Dispatcher.Start($"api-close-{Backend}", new DispatcherOptions { IoBackend = Backend });
        using var pair = SocketPair.Open();
        int calls = 0;
        (bool Closed, int Registered) after = dispatcher.Invoke(() =>
        {
            FileEvent fileEvent = dispatcher.CreateFileEvent(pair.Loop, _ => calls++, FileReadyType.Read);
            fileEvent.Activate(FileReadyType.Read);
            fileEvent.DisposeAndCloseSocket();
            return (fileEvent.IsClosed, dispatcher.Backend.RegisteredCount);
        });

        Assert.Equal((true, 0), after);
        Assert.Throws<ObjectDisposedException>(() => pair.Loop.Send("x"u8));
        dispatcher.Flush();
        Assert.Equal(0, dispatcher.Invoke(() => calls));
        Assert.Equal(0, dispatcher.Backend.FileEventsClosedUnderneath);
    }

    [Fact]
    public void ToString_names_the_socket_the_kinds_and_the_dispatcher()
    {
        using var dispatcher = Dispatcher.Start($"api-text-{Backend}", new DispatcherOptions { IoBackend = Backend });
        using var pair = SocketPair.Open();
        string text = dispatcher.Invoke(() => dispatcher.CreateFileEvent(pair.Loop, _ => { }, FileReadyType.Read | FileReadyType.Write).ToString());

        Assert.Equal($"FileEvent({pair.Loop.LocalEndPoint}, Read, Write) on Dispatcher 'api-text-{Backend}'", text);
    }

    internal static void AwaitReadable(Socket socket)
    {
        if (!socket.Poll((int)(TestWait.Timeout.TotalMilliseconds * 1000), SelectMode.SelectRead))
        {
            throw new TimeoutException($"Timed out after {TestWait.Timeout.TotalSeconds} s waiting for data on {socket.LocalEndPoint}.");
        }
    }
}

public sealed class FileEventApiTestsOnDefaultBackend : FileEventApiTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Automatic;
}

public sealed class FileEventApiTestsOnPortableBackend : FileEventApiTests
{
    protected override DispatcherIoBackend Backend => DispatcherIoBackend.Portable;
}
