using System;
using System.Net.Sockets;

namespace Weft.Threading;

/// <summary>
/// A socket registered with a dispatcher's loop for readiness (Envoy's <c>FileEvent</c>): its callback runs on that
/// loop, and only there, with the ready kinds that are enabled. Edge-triggered: after a <see cref="FileReadyType.Read"/>
/// the callback receives until the socket would block, after a <see cref="FileReadyType.Write"/> it sends until it
/// would block or has nothing left; the next event of that kind comes when readiness changes again. Do the I/O
/// through <see cref="Receive"/> and <see cref="Send"/> (or call <see cref="NotifyWouldBlock"/>) so every backend
/// learns when the socket would block. The contract in full: docs/io.md.
/// </summary>
/// <remarks>
/// Created with <see cref="Dispatcher.CreateFileEvent"/>. Every member except the I/O calls is for the loop thread only.
/// Disposing it deregisters the socket at once: no callback runs after <see cref="Dispose"/> returns, even for
/// readiness already collected in the current iteration. It does not close the socket; whoever owns the socket
/// closes it. A socket closed while still registered is noticed before the next delivery: the event is then closed
/// without running its callback. When the loop exits, every event still registered is closed the same way.
/// </remarks>
public sealed class FileEvent : IDisposable
{
    private readonly LoopBackend _backend;
    private readonly Action<FileReadyType> _callback;

    // Loop-thread state used by the backends.
    internal int Index = -1;
    internal FileReadyType Pending;
    internal bool PendingMustDrain;
    internal bool Queued;
    internal object? BackendState;

    /// <summary>Receives through <see cref="Receive"/> that found nothing to read (tests count the system calls a read event costs).</summary>
    internal long WouldBlockReceives;

    internal FileEvent(LoopBackend backend, Socket socket, Action<FileReadyType> callback, FileReadyType enabled)
    {
        _backend = backend;
        Socket = socket;
        Handle = socket.SafeHandle;
        _callback = callback;
        Enabled = enabled;
    }

    /// <summary>The dispatcher whose loop runs the callback.</summary>
    public Dispatcher Dispatcher => _backend.Dispatcher;

    /// <summary>The registered socket (non-blocking from registration on).</summary>
    public Socket Socket { get; }

    /// <summary>The ready kinds the callback is told about.</summary>
    public FileReadyType Enabled { get; private set; }

    /// <summary>True once disposed, closed underneath or closed by the loop's exit: no callback runs any more.</summary>
    public bool IsClosed { get; private set; }

    internal SafeSocketHandle Handle { get; }

    /// <summary>Runs with this event's loop-level exit, after the event is closed (lets an owner close its socket).</summary>
    internal Action? LoopExited { get; set; }

    /// <summary>
    /// Sets the ready kinds the callback is told about. Like <c>EPOLL_CTL_MOD</c>, enabling a kind re-reports its
    /// current readiness, so a reader that paused for backpressure resumes without missing buffered data.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off the loop thread.</exception>
    /// <exception cref="ObjectDisposedException">The event is closed.</exception>
    [RequiresLoopThread]
    public void SetEnabled(FileReadyType events)
    {
        Dispatcher.VerifyAccess("change a file event's interest");
        ThrowIfClosed();
        Enabled = events;
        _backend.OnEnabledChanged(this);
    }

    /// <summary>Schedules the callback with <paramref name="events"/> (those enabled) on the next loop iteration.</summary>
    /// <exception cref="InvalidOperationException">Called off the loop thread.</exception>
    [RequiresLoopThread]
    public void Activate(FileReadyType events)
    {
        Dispatcher.VerifyAccess("activate a file event");
        if (!IsClosed)
        {
            _backend.MarkReady(this, events);
        }
    }

    /// <summary>
    /// Receives into <paramref name="buffer"/> without blocking; on <see cref="SocketError.WouldBlock"/> the backend
    /// re-arms read readiness. Returns the bytes received (0 with <see cref="SocketError.Success"/>: end of stream).
    /// </summary>
    public int Receive(Span<byte> buffer, out SocketError error)
    {
        int received = Socket.Receive(buffer, SocketFlags.None, out error);
        if (error == SocketError.WouldBlock)
        {
            WouldBlockReceives++;
            _backend.OnWouldBlock(this, FileReadyType.Read);
        }

        return received;
    }

    /// <summary>Sends from <paramref name="buffer"/> without blocking; on would-block the backend re-arms write readiness.</summary>
    public int Send(ReadOnlySpan<byte> buffer, out SocketError error)
    {
        int sent = Socket.Send(buffer, SocketFlags.None, out error);
        if (error == SocketError.WouldBlock)
        {
            _backend.OnWouldBlock(this, FileReadyType.Write);
        }

        return sent;
    }

    /// <summary>
    /// Tells the backend that an operation of kind <paramref name="events"/> done without this event (accept,
    /// connect, a receive through the socket directly) would block, so readiness of that kind is watched again.
    /// </summary>
    [RequiresLoopThread]
    public void NotifyWouldBlock(FileReadyType events)
    {
        Dispatcher.VerifyAccess("re-arm a file event");
        if (!IsClosed)
        {
            _backend.OnWouldBlock(this, events);
        }
    }

    /// <summary>Deregisters the socket; no callback runs afterwards. Idempotent; the socket stays open.</summary>
    /// <exception cref="InvalidOperationException">Called off the loop thread while the loop runs.</exception>
    public void Dispose()
    {
        if (IsClosed)
        {
            return;
        }

        Dispatcher.VerifyAccess("dispose a file event");
        IsClosed = true;
        _backend.Unregister(this, socketStillOpen: !Handle.IsClosed);
    }

    /// <inheritdoc />
    public override string ToString() => $"FileEvent({Socket.LocalEndPoint}, {Enabled}) on {Dispatcher}";

    /// <summary>
    /// True inside a callback run for readiness the kernel reported as a plain arrival (epoll, no hang-up or error
    /// reported with it): a stream receive that returns fewer bytes than asked has then drained the socket, and the
    /// callback may stop there instead of receiving once more for the would-block (saves one system call per read
    /// event). False outside a callback, on the portable backend, and for <see cref="Activate"/>d or re-reported
    /// readiness: read until would-block. Never for datagram or listening sockets, where a short read means nothing.
    /// </summary>
    internal bool ShortReceiveDrains { get; private set; }

    internal void Invoke(FileReadyType events, bool mustDrain)
    {
        ShortReceiveDrains = !mustDrain;
        try
        {
            _callback(events);
        }
        finally
        {
            ShortReceiveDrains = false;
        }
    }

    /// <summary>Disposes the event and closes its socket the way the backend needs (owners that own the socket, such as Weft.Net).</summary>
    internal void DisposeAndCloseSocket()
    {
        Dispose();
        _backend.CloseSocket(this);
    }

    internal void CloseUnderneathOrAtExit(bool atExit)
    {
        IsClosed = true;
        _backend.Unregister(this, socketStillOpen: atExit && !Handle.IsClosed);
        if (atExit)
        {
            LoopExited?.Invoke();
        }
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
        {
            throw new ObjectDisposedException(nameof(FileEvent), $"The file event of socket {Handle.DangerousGetHandle()} on {Dispatcher} is closed.");
        }
    }
}
