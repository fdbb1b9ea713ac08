using System;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Net;

/// <summary>Settings of a <see cref="Listener"/>.</summary>
public sealed class ListenerOptions
{
    /// <summary>
    /// Bind with <c>SO_REUSEPORT</c> (Linux) so that one listener per worker shares the port and the kernel balances
    /// new connections between them. Default true; ignored on other operating systems.
    /// </summary>
    public bool ReusePort { get; set; } = true;

    /// <summary>The accept backlog. Default 1024; at least 1.</summary>
    public int Backlog { get; set; } = 1024;

    /// <summary>Connections accepted per readiness event before other work on the loop gets a turn. Default 64; at least 1.</summary>
    public int MaxAcceptsPerEvent { get; set; } = 64;

    /// <summary>Settings of every accepted connection; null for the defaults.</summary>
    public ConnectionOptions? Connection { get; set; }

    /// <summary>Where accept failures (for example out of file descriptors) are logged. Null: counted only.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// The first pause after an accept fails for want of resources (out of file descriptors or kernel memory); each
    /// further failure in a row doubles it up to <see cref="MaxAcceptBackoff"/>. Default 10 ms; positive.
    /// </summary>
    public TimeSpan MinAcceptBackoff { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest pause between accept retries after failures in a row. Default 1 s; at least <see cref="MinAcceptBackoff"/>.</summary>
    public TimeSpan MaxAcceptBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tests: replaces <see cref="Socket.Accept"/> (to inject failures such as running out of descriptors).</summary>
    internal Func<Socket, Socket>? AcceptSeam { get; set; }

    /// <summary>Tests: told every back-off pause the listener schedules, on its loop.</summary>
    internal Action<TimeSpan>? BackoffScheduled { get; set; }

    internal ListenerOptions Validated()
    {
        if (Backlog < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Backlog), Backlog, "Must be at least 1.");
        }

        if (MaxAcceptsPerEvent < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAcceptsPerEvent), MaxAcceptsPerEvent, "Must be at least 1.");
        }

        if (MinAcceptBackoff <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MinAcceptBackoff), MinAcceptBackoff, "Must be positive.");
        }

        if (MaxAcceptBackoff < MinAcceptBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAcceptBackoff), MaxAcceptBackoff, "Must be at least MinAcceptBackoff.");
        }

        // Checked here, before any socket is made or touched, not first when the listener is built.
        Connection?.Validated();
        return this;
    }
}

/// <summary>
/// A listening socket owned by one loop (Envoy's per-worker listener): connections are accepted on that loop and
/// handed, still on it, to the accept callback, which starts them. Open one per worker on the same port with
/// <see cref="ListenerOptions.ReusePort"/> to spread connections over workers with no hand-off between threads.
/// </summary>
/// <remarks>
/// An accept that fails for want of resources (out of file descriptors, <c>EMFILE</c>/<c>ENFILE</c>, or kernel
/// memory) leaves the connection in the kernel's queue, and an edge-triggered loop would not be told about it again:
/// the listener counts the failure, pauses accepting for <see cref="ListenerOptions.MinAcceptBackoff"/> (doubling with
/// each failure in a row up to <see cref="ListenerOptions.MaxAcceptBackoff"/>) on a loop timer, and then tries again;
/// it never stops accepting for good. A connection the client aborted while queued is counted and skipped at once.
/// </remarks>
public sealed class Listener : IDisposable
{
    private const int LinuxSolSocket = 1;
    private const int LinuxSoReusePort = 15;

    private readonly Dispatcher _dispatcher;
    private readonly Socket _socket;
    private readonly Action<Connection> _onAccepted;
    private readonly ListenerOptions _options;
    private readonly ConnectionOptions _connectionOptions;
    private readonly Action<Listener, SocketError>? _onAcceptFailed;
    private readonly FileEvent _fileEvent;
    private readonly DispatcherTimer _backoffTimer;
    private AcceptBackoff _backoff;
    private long _accepted;
    private long _acceptFailures;
    private long _backoffs;
    private bool _backingOff;
    private TimeSpan _currentBackoff;

    private Listener(Dispatcher dispatcher, Socket socket, Action<Connection> onAccepted, ListenerOptions options, Action<Listener, SocketError>? onAcceptFailed)
    {
        _dispatcher = dispatcher;
        _socket = socket;
        _onAccepted = onAccepted;
        _options = options;
        _onAcceptFailed = onAcceptFailed;
        _connectionOptions = (options.Connection ?? new ConnectionOptions()).Validated();
        _backoff = new AcceptBackoff(options.MinAcceptBackoff, options.MaxAcceptBackoff);
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        _backoffTimer = dispatcher.CreateTimer(OnBackoffElapsed);
        _fileEvent = dispatcher.CreateFileEvent(socket, OnReady, FileReadyType.Read);
        _fileEvent.LoopExited = socket.Dispose;
    }

    /// <summary>The bound address (with the actual port when 0 was asked for).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Connections accepted so far.</summary>
    public long Accepted => _accepted;

    /// <summary>Accepts that failed (counted and logged; the listener goes on).</summary>
    public long AcceptFailures => _acceptFailures;

    /// <summary>Pauses taken after accepts failed for want of resources.</summary>
    public long AcceptBackoffs => _backoffs;

    /// <summary>True while accepting pauses after a failure (see the remarks).</summary>
    public bool IsBackingOff => _backingOff;

    /// <summary>The pause being taken now (<see cref="TimeSpan.Zero"/> when not backing off).</summary>
    public TimeSpan CurrentBackoff => _backingOff ? _currentBackoff : TimeSpan.Zero;

    /// <summary>
    /// Binds and listens on <paramref name="endPoint"/> from the calling loop; accepted connections go to
    /// <paramref name="onAccepted"/> on this loop, which must <see cref="Connection.Start"/> (or close) each.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off <paramref name="dispatcher"/>'s thread.</exception>
    /// <exception cref="SocketException">The address cannot be bound (its message names the address).</exception>
    /// <param name="dispatcher">The loop that will own the listener; the caller must be on it.</param>
    /// <param name="endPoint">Where to listen (port 0: any free port).</param>
    /// <param name="onAccepted">Runs on the owning loop with each accepted connection.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="onAcceptFailed">Runs on the owning loop with each failed accept (after it was counted); null: none.</param>
    [RequiresLoopThread]
    public static Listener Open(
        Dispatcher dispatcher,
        IPEndPoint endPoint,
        [RunsOnOwningLoop] Action<Connection> onAccepted,
        ListenerOptions? options = null,
        [RunsOnOwningLoop] Action<Listener, SocketError>? onAcceptFailed = null)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(endPoint);
        ArgumentNullException.ThrowIfNull(onAccepted);
        options = (options ?? new ListenerOptions()).Validated();
        dispatcher.VerifyAccess("open a listener");
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (options.ReusePort && OperatingSystem.IsLinux())
            {
                Span<byte> one = stackalloc byte[] { 1, 0, 0, 0 };
                socket.SetRawSocketOption(LinuxSolSocket, LinuxSoReusePort, one);
            }

            BindAndListen(socket, endPoint, options.Backlog);
            return new Listener(dispatcher, socket, onAccepted, options, onAcceptFailed);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Binds, listens and makes the socket non-blocking; a failure is a <see cref="SocketException"/> with the same error
    /// code whose message names the address (the runtime's says only "Address already in use").
    /// </summary>
    internal static void BindAndListen(Socket socket, IPEndPoint endPoint, int backlog)
    {
        try
        {
            socket.Bind(endPoint);
            socket.Listen(backlog);
        }
        catch (SocketException ex)
        {
            throw new SocketException((int)ex.SocketErrorCode, $"Cannot listen on {endPoint}: {ex.Message} ({ex.SocketErrorCode}).");
        }

        socket.Blocking = false;
    }

    /// <summary>
    /// Takes over a socket that is already bound and listening (for example bound by the caller with its own
    /// exclusivity checks before any loop started) and accepts on it from the calling loop, as <see cref="Open"/>
    /// does. The listener owns the socket from now on and closes it when disposed.
    /// </summary>
    /// <param name="dispatcher">The loop that will own the listener; the caller must be on it.</param>
    /// <param name="listeningSocket">A bound TCP socket on which <see cref="Socket.Listen()"/> was called.</param>
    /// <param name="onAccepted">Runs on the owning loop with each accepted connection.</param>
    /// <param name="options">Settings (<see cref="ListenerOptions.ReusePort"/> and <see cref="ListenerOptions.Backlog"/> are the caller's business here); null for the defaults.</param>
    /// <param name="onAcceptFailed">Runs on the owning loop with each failed accept (after it was counted); null: none.</param>
    /// <exception cref="InvalidOperationException">Called off <paramref name="dispatcher"/>'s thread.</exception>
    /// <exception cref="ArgumentException">The socket is not bound.</exception>
    [RequiresLoopThread]
    public static Listener Adopt(
        Dispatcher dispatcher,
        Socket listeningSocket,
        [RunsOnOwningLoop] Action<Connection> onAccepted,
        ListenerOptions? options = null,
        [RunsOnOwningLoop] Action<Listener, SocketError>? onAcceptFailed = null)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(listeningSocket);
        ArgumentNullException.ThrowIfNull(onAccepted);
        options = (options ?? new ListenerOptions()).Validated();
        dispatcher.VerifyAccess("adopt a listener");
        if (listeningSocket.LocalEndPoint is not IPEndPoint)
        {
            throw new ArgumentException("The socket to adopt must be bound (and listening).", nameof(listeningSocket));
        }

        listeningSocket.Blocking = false;
        return new Listener(dispatcher, listeningSocket, onAccepted, options, onAcceptFailed);
    }

    /// <summary>Stops listening and closes the socket; accepted connections live on. Owning loop only; idempotent.</summary>
    public void Dispose()
    {
        if (_fileEvent.IsClosed && _socket.SafeHandle.IsClosed)
        {
            return;
        }

        _dispatcher.VerifyAccess("close a listener");
        _backoffTimer.Dispose();
        _backingOff = false;
        _fileEvent.DisposeAndCloseSocket();
    }

    private void OnReady(FileReadyType ready)
    {
        if (_backingOff)
        {
            // The pause is not over: the timer comes back for the queued connections (and any that arrive meanwhile).
            return;
        }

        for (int i = 0; i < _options.MaxAcceptsPerEvent; i++)
        {
            if (_fileEvent.IsClosed)
            {
                // Disposed by a callback of this round (onAcceptFailed): its socket is closed.
                return;
            }

            if (!_socket.Poll(0, SelectMode.SelectRead))
            {
                _fileEvent.NotifyWouldBlock(FileReadyType.Read);
                return;
            }

            Socket accepted;
            try
            {
                accepted = _options.AcceptSeam is { } seam ? seam(_socket) : _socket.Accept();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.WouldBlock)
            {
                _fileEvent.NotifyWouldBlock(FileReadyType.Read);
                return;
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionAborted or SocketError.ConnectionReset)
            {
                // The client gave up while queued: nothing is wrong here, the next one is accepted at once.
                _acceptFailures++;
                _onAcceptFailed?.Invoke(this, ex.SocketErrorCode);
                continue;
            }
            catch (SocketException ex)
            {
                // Out of descriptors (or kernel memory): the connection stays queued and no new edge would announce it.
                _acceptFailures++;
                BackOffCore(ex.SocketErrorCode);
                return;
            }

            _accepted++;
            Connection connection;
            try
            {
                connection = Connection.Accepted(_dispatcher, accepted, _connectionOptions);
            }
            catch (SocketException ex)
            {
                // The peer reset between the accept and the hand-off: like a client that aborted while queued.
                accepted.Dispose();
                _acceptFailures++;
                _onAcceptFailed?.Invoke(this, ex.SocketErrorCode);
                continue;
            }

            try
            {
                _onAccepted(connection);
            }
            catch
            {
                if (connection.State != ConnectionState.Closed)
                {
                    connection.Reset();
                }

                // The loop reports the exception (file-event failure); the connections queued behind this one must
                // not wait for a new edge that may never come, so come back for them next iteration.
                _fileEvent.Activate(FileReadyType.Read);
                throw;
            }

            if (_fileEvent.IsClosed)
            {
                // The owner disposed the listener in its callback: its socket is closed (its descriptor number may
                // already be another socket's), so nothing more is accepted or polled here, pause or not.
                if (!connection.IsStarted && connection.State != ConnectionState.Closed)
                {
                    connection.Close();
                }

                return;
            }

            if (!connection.IsStarted && connection.State != ConnectionState.Closed)
            {
                // Nobody took it: an unstarted connection would never be read, closed or counted again.
                _options.Logger?.LogWarning("The accept callback of {Listener} neither started nor closed a connection; closing it.", LocalEndPoint);
                connection.Close();
            }

            if (_backingOff)
            {
                // The owner could not serve this one (BackOff): the rest wait in the kernel's queue for the timer, and
                // the pause keeps doubling, since an accept the owner had to drop is no sign that resources are back.
                return;
            }

            _backoff.Reset();
        }

        // More may be waiting: edge-triggered readiness will not repeat, so come back next iteration.
        _fileEvent.Activate(FileReadyType.Read);
    }

    /// <summary>
    /// Pauses accepting as after an accept that failed for want of resources, for when the owner cannot serve what it
    /// accepted (a proxy out of descriptors for the upstream side of a connection it just accepted): queued clients
    /// then wait in the kernel's queue instead of being accepted only to be closed. Counted as a failed accept; the
    /// accept-failure callback runs. A pause already running is not extended.
    /// </summary>
    /// <param name="error">What was missing (for example <see cref="SocketError.TooManyOpenSockets"/>).</param>
    [RequiresLoopThread]
    public void BackOff(SocketError error)
    {
        _dispatcher.VerifyAccess("pause a listener");
        if (_fileEvent.IsClosed)
        {
            return;
        }

        _acceptFailures++;
        if (_backingOff)
        {
            _onAcceptFailed?.Invoke(this, error);
            return;
        }

        BackOffCore(error);
    }

    private void BackOffCore(SocketError error)
    {
        TimeSpan pause = _backoff.Next();
        _currentBackoff = pause;
        _backoffs++;
        _backingOff = true;
        _options.Logger?.LogWarning("Accept failed on {Listener} ({Error}); retrying in {Backoff} ms.", LocalEndPoint, error, pause.TotalMilliseconds);
        _options.BackoffScheduled?.Invoke(pause);
        _backoffTimer.Enable(pause);
        _onAcceptFailed?.Invoke(this, error);
    }

    private void OnBackoffElapsed()
    {
        if (!_backingOff || _fileEvent.IsClosed)
        {
            return;
        }

        _backingOff = false;
        _fileEvent.Activate(FileReadyType.Read);
    }
}
