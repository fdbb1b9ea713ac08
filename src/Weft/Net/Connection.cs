using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Weft.Threading;

namespace Weft.Net;

/// <summary>
/// A TCP connection owned by one dispatcher's loop, after Envoy's <c>ConnectionImpl</c>: readiness, reads, writes,
/// timers and every callback run on that loop, with no hand-off to another thread. Reads land in the worker's shared
/// read buffer and are handed to the data handler; writes are sent at once when the socket takes them and the rest
/// waits in pooled chunks (so an idle connection holds no buffer). Watermarks on the bytes waiting give backpressure;
/// half-close, resets, connect and idle timeouts are reported as <see cref="ConnectionEvent"/>s.
/// </summary>
/// <remarks>
/// Every member is for the owning loop's thread: <see cref="Connect"/>, <see cref="Start"/>, <see cref="Write"/>,
/// <see cref="SetReadEnabled"/>, <see cref="ShutdownWrite"/>, <see cref="Close"/> and <see cref="Reset"/> called from
/// another thread throw <see cref="InvalidOperationException"/> naming the action and the dispatcher; on a loop that is
/// exiting or has exited, <see cref="Connect"/> and <see cref="Start"/> throw <see cref="ObjectDisposedException"/> (thrown
/// in an accept callback, the listener then resets that connection). <see cref="ConnectionEvent.Closed"/> may be delivered inside a call made on the
/// connection (a <see cref="Write"/> that meets the peer's reset, a <see cref="ShutdownWrite"/> that completes the
/// close, <see cref="Close"/>, <see cref="Reset"/>), before that call returns. Every close path (local close, reset, peer reset, timeouts, errors,
/// the loop's exit) goes through one place, which releases the socket, timers and buffers and then delivers
/// <see cref="ConnectionEvent.Closed"/> exactly once.
/// </remarks>
public sealed class Connection
{
    private readonly Dispatcher _dispatcher;
    private readonly Socket _socket;
    private readonly ConnectionOptions _options;
    private readonly SendBuffer _sendBuffer = new();
    private FileEvent? _fileEvent;
    private ConnectionDataHandler? _onData;
    private ConnectionEventHandler? _onEvent;
    private DispatcherTimer? _connectTimer;
    private DispatcherTimer? _idleTimer;
    private long _lastActivityMilliseconds;
    private long _connectStarted;
    private SocketError _connectError;
    private bool _readEnabled = true;
    private bool _readClosed;
    private bool _shutdownRequested;
    private bool _writeShutdown;
    private bool _aboveHighWatermark;

    private Connection(Dispatcher dispatcher, Socket socket, ConnectionOptions options, ConnectionState state)
    {
        _dispatcher = dispatcher;
        _socket = socket;
        _options = options;
        State = state;
    }

    /// <summary>The loop that owns the connection and runs its callbacks.</summary>
    public Dispatcher Dispatcher => _dispatcher;

    /// <summary>Connecting, open or closed.</summary>
    public ConnectionState State { get; private set; }

    /// <summary>Why the connection closed (<see cref="ConnectionCloseReason.None"/> while not closed).</summary>
    public ConnectionCloseReason CloseReason { get; private set; }

    /// <summary>The socket error behind a close, if any.</summary>
    public SocketError LastError { get; private set; }

    /// <summary>The peer's address.</summary>
    public EndPoint? RemoteEndPoint { get; private set; }

    /// <summary>Bytes written but not yet taken by the socket.</summary>
    public long BufferedWriteBytes => _sendBuffer.Length;

    /// <summary>True from <see cref="ConnectionEvent.AboveHighWatermark"/> until <see cref="ConnectionEvent.BelowLowWatermark"/>.</summary>
    public bool IsAboveHighWatermark => _aboveHighWatermark;

    internal bool IsStarted => _onData is not null;

    /// <summary>The connection's registration with its loop (null before it starts); tests read its counters.</summary>
    internal FileEvent? ReadinessEvent => _fileEvent;

    /// <summary>Runs once inside the close path, before <see cref="ConnectionEvent.Closed"/> is delivered (a balancing listener's count).</summary>
    internal Action<Connection>? ClosedHook { get; set; }

    /// <summary>True once the peer ended its stream.</summary>
    public bool IsRemoteHalfClosed => _readClosed;

    /// <summary>
    /// Opens an outbound connection from the calling loop. The handlers run on this loop; the outcome arrives as
    /// <see cref="ConnectionEvent.Connected"/> or as <see cref="ConnectionEvent.Closed"/> with
    /// <see cref="ConnectionCloseReason.ConnectFailed"/> or <see cref="ConnectionCloseReason.ConnectTimeout"/> (never
    /// synchronously from this call).
    /// </summary>
    /// <remarks>
    /// The connect timeout counts from this call, not from the start of the loop iteration that made it, and the
    /// verdict belongs to the kernel: when the timer runs out, a handshake the kernel has already finished (the loop
    /// was busy and has not run its readiness yet) completes now, as connected or failed; only a handshake still in
    /// progress is a <see cref="ConnectionCloseReason.ConnectTimeout"/>. A connection the peer accepted is never
    /// reported as timed out.
    /// </remarks>
    /// <param name="dispatcher">The loop that will own the connection; the caller must be on it.</param>
    /// <param name="remote">Where to connect.</param>
    /// <param name="onData">Runs on the owning loop with each read.</param>
    /// <param name="onEvent">Runs on the owning loop with each event.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="InvalidOperationException">Called off <paramref name="dispatcher"/>'s thread.</exception>
    /// <exception cref="SocketException">No socket could be created (for example the process is out of descriptors).</exception>
    [RequiresLoopThread]
    public static Connection Connect(
        Dispatcher dispatcher,
        EndPoint remote,
        [RunsOnOwningLoop] ConnectionDataHandler onData,
        [RunsOnOwningLoop] ConnectionEventHandler onEvent,
        ConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(onData);
        ArgumentNullException.ThrowIfNull(onEvent);
        options = (options ?? new ConnectionOptions()).Validated();
        dispatcher.VerifyAccess("open a connection");
        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, Blocking = false };
        var connection = new Connection(dispatcher, socket, options, ConnectionState.Connecting) { RemoteEndPoint = remote };
        connection._connectStarted = dispatcher.ClockTimestamp();
        try
        {
            socket.Connect(remote);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
        {
            // The usual case: the handshake completes later and is reported as write readiness.
        }
        catch (SocketException ex)
        {
            connection._connectError = ex.SocketErrorCode;
        }

        connection.Begin(onData, onEvent);
        connection._connectTimer = dispatcher.CreateTimer(connection.OnConnectTimeout);
        connection._connectTimer.Enable(options.ConnectTimeout);
        if (connection._connectError != SocketError.Success)
        {
            connection._fileEvent!.Activate(FileReadyType.Write);
        }

        return connection;
    }

    /// <summary>
    /// Starts an accepted connection: from now on reads go to <paramref name="onData"/> and events to
    /// <paramref name="onEvent"/>, both on the owning loop. Call it once, from the listener's accept callback.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called twice, or off the owning loop.</exception>
    [RequiresLoopThread]
    public void Start([RunsOnOwningLoop] ConnectionDataHandler onData, [RunsOnOwningLoop] ConnectionEventHandler onEvent)
    {
        ArgumentNullException.ThrowIfNull(onData);
        ArgumentNullException.ThrowIfNull(onEvent);
        _dispatcher.VerifyAccess("start a connection");
        if (_onData is not null)
        {
            throw new InvalidOperationException($"Connection to {RemoteEndPoint} on {_dispatcher} is already started.");
        }

        if (State == ConnectionState.Closed)
        {
            throw new InvalidOperationException($"Connection to {RemoteEndPoint} on {_dispatcher} is closed ({CloseReason}).");
        }

        Begin(onData, onEvent);
    }

    /// <summary>
    /// Queues <paramref name="data"/> for sending (copied; sent at once as far as the socket takes it). Returns false,
    /// writing nothing, once the connection is closed or its sending side shut down.
    /// </summary>
    [RequiresLoopThread]
    public bool Write(ReadOnlySpan<byte> data)
    {
        _dispatcher.VerifyAccess("write to a connection");
        if (State == ConnectionState.Closed || _shutdownRequested)
        {
            return false;
        }

        if (data.IsEmpty)
        {
            return true;
        }

        if (_sendBuffer.Length == 0 && State == ConnectionState.Open)
        {
            // Send until the socket takes everything or would block (docs/io.md, rule 1): a partial send is not a
            // would-block, and the portable backend watches write readiness again only after one, so stopping at a
            // partial send would leave the rest buffered with no write event to come.
            while (!data.IsEmpty)
            {
                int sent = _fileEvent!.Send(data, out SocketError error);
                if (error == SocketError.WouldBlock)
                {
                    break;
                }

                if (error != SocketError.Success)
                {
                    CloseWithSocketError(error);
                    return false;
                }

                Touch();
                data = data[sent..];
            }
        }

        if (!data.IsEmpty)
        {
            _sendBuffer.Append(data, WorkerBuffers.Current);
            if (!_aboveHighWatermark && _sendBuffer.Length > _options.HighWatermark)
            {
                _aboveHighWatermark = true;
                Raise(ConnectionEvent.AboveHighWatermark);
            }
        }

        return true;
    }

    /// <summary>Stops or resumes reading (backpressure towards the peer: its sends block once the socket buffers fill).</summary>
    [RequiresLoopThread]
    public void SetReadEnabled(bool enabled)
    {
        _dispatcher.VerifyAccess("pause or resume reading");
        if (State == ConnectionState.Closed || _readEnabled == enabled)
        {
            return;
        }

        _readEnabled = enabled;
        UpdateInterest();
    }

    /// <summary>
    /// Half-closes: once every buffered byte is sent, the peer gets end of stream; reading goes on until the peer ends
    /// its stream too, and then the connection closes. Idempotent.
    /// </summary>
    [RequiresLoopThread]
    public void ShutdownWrite()
    {
        _dispatcher.VerifyAccess("shut down a connection's sending side");
        if (State == ConnectionState.Closed || _shutdownRequested)
        {
            return;
        }

        _shutdownRequested = true;
        if (State == ConnectionState.Open && _sendBuffer.Length == 0)
        {
            FinishShutdown();
        }
    }

    /// <summary>
    /// Closes at once: bytes still buffered here are dropped; the peer gets end of stream. <see cref="ConnectionEvent.Closed"/>
    /// is delivered to the event handler before this call returns. Idempotent.
    /// </summary>
    [RequiresLoopThread]
    public void Close()
    {
        _dispatcher.VerifyAccess("close a connection");
        CloseCore(ConnectionCloseReason.LocalClose, SocketError.Success, reset: false);
    }

    /// <summary>
    /// Aborts: buffered bytes are dropped and the peer gets a TCP reset. <see cref="ConnectionEvent.Closed"/> is
    /// delivered to the event handler before this call returns. Idempotent.
    /// </summary>
    [RequiresLoopThread]
    public void Reset()
    {
        _dispatcher.VerifyAccess("reset a connection");
        CloseCore(ConnectionCloseReason.LocalReset, SocketError.Success, reset: true);
    }

    /// <inheritdoc />
    public override string ToString() => $"Connection({RemoteEndPoint}, {State}) on {_dispatcher}";

    internal static Connection Accepted(Dispatcher dispatcher, Socket socket, ConnectionOptions options)
    {
        socket.NoDelay = true;
        socket.Blocking = false;
        return new Connection(dispatcher, socket, options, ConnectionState.Open) { RemoteEndPoint = socket.RemoteEndPoint };
    }

    private void Begin(ConnectionDataHandler onData, ConnectionEventHandler onEvent)
    {
        _onData = onData;
        _onEvent = onEvent;
        // A connecting socket watches writability only: a receive racing the handshake would consume its error.
        _fileEvent = _dispatcher.CreateFileEvent(_socket, OnReady, State == ConnectionState.Connecting ? FileReadyType.Write : FileReadyType.Read | FileReadyType.Write);
        _fileEvent.LoopExited = () => CloseCore(ConnectionCloseReason.LoopExited, SocketError.Success, reset: false);
        if (_options.IdleTimeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _lastActivityMilliseconds = LoopNowMilliseconds;
            _idleTimer = _dispatcher.CreateTimer(OnIdleTimer);
            _idleTimer.Enable(_options.IdleTimeout);
        }
    }

    private void OnReady(FileReadyType ready)
    {
        if (State == ConnectionState.Connecting)
        {
            if ((ready & FileReadyType.Write) == 0 || !CompleteConnect())
            {
                return;
            }
        }

        if ((ready & FileReadyType.Write) != 0 && State == ConnectionState.Open)
        {
            Flush();
            if ((_readClosed || !_readEnabled) && _sendBuffer.Length == 0 && State == ConnectionState.Open)
            {
                // Nothing reads here (the peer sent FIN, or reading is paused for backpressure) and nothing is left to
                // send, so a reset would go unnoticed until reading resumes: the kernel reports it as an error edge
                // (delivered as Write), and the pending socket error says which.
                ClosePendingError();
            }
        }

        if ((ready & FileReadyType.Read) != 0 && State == ConnectionState.Open)
        {
            ReadAvailable();
        }
    }

    private bool CompleteConnect()
    {
        SocketError error = _connectError;
        if (error == SocketError.Success)
        {
            error = (SocketError)(int)_socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
        }

        if (error is SocketError.ConnectionReset or SocketError.Shutdown)
        {
            // Not a failed connect: a refused handshake is ECONNREFUSED; a reset (or EPIPE) means the peer accepted
            // and then reset before the loop saw the handshake complete. Report both, in that order.
            _connectTimer?.Dispose();
            _connectTimer = null;
            State = ConnectionState.Open;
            Raise(ConnectionEvent.Connected);
            CloseCore(ConnectionCloseReason.RemoteReset, error, reset: false);
            return false;
        }

        if (error != SocketError.Success)
        {
            CloseCore(ConnectionCloseReason.ConnectFailed, error, reset: false);
            return false;
        }

        _connectTimer?.Dispose();
        _connectTimer = null;
        State = ConnectionState.Open;
        Touch();
        UpdateInterest();
        Raise(ConnectionEvent.Connected);
        if (State == ConnectionState.Open && _shutdownRequested && _sendBuffer.Length == 0)
        {
            FinishShutdown();
        }

        return State == ConnectionState.Open;
    }

    private void ReadAvailable()
    {
        WorkerBuffers buffers = WorkerBuffers.Current;
        byte[] readBuffer = buffers.ReadBuffer;
        int budget = _options.MaxReadBytesPerEvent;
        // Read once per arrival where the backend allows it (docs/io.md, rule 1): a short read has drained the socket,
        // and the receive that would only say would-block is one system call per forwarded chunk saved.
        bool shortReadDrains = _fileEvent!.ShortReceiveDrains;
        while (_readEnabled && !_readClosed && State == ConnectionState.Open)
        {
            if (budget <= 0)
            {
                // Fairness: the rest is read next iteration; edge-triggered readiness will not repeat, so ask for it.
                _fileEvent!.Activate(FileReadyType.Read);
                return;
            }

            int asked = Math.Min(readBuffer.Length, budget);
            int received = _fileEvent!.Receive(readBuffer.AsSpan(0, asked), out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                return;
            }

            if (error != SocketError.Success)
            {
                CloseWithSocketError(error);
                return;
            }

            if (received == 0)
            {
                OnEndOfStream();
                return;
            }

            budget -= received;
            Touch();
            try
            {
                _onData!(this, new ReadOnlySpan<byte>(readBuffer, 0, received));
            }
            catch when (State == ConnectionState.Open && !_readClosed)
            {
                // The throw ends this delivery before a would-block: the portable backend would never watch the socket
                // again, and bytes already waiting behind it would get no new edge from epoll. The connection stays
                // open (docs/io.md), so it reads on next iteration; the exception goes on to the loop's handler.
                _fileEvent!.Activate(FileReadyType.Read);
                throw;
            }
            if (received < asked && shortReadDrains)
            {
                return;
            }
        }
    }

    private void OnEndOfStream()
    {
        _readClosed = true;
        if (_writeShutdown)
        {
            CloseCore(ConnectionCloseReason.RemoteClose, SocketError.Success, reset: false);
            return;
        }

        UpdateInterest();
        Raise(ConnectionEvent.RemoteHalfClosed);
    }

    private void Flush()
    {
        WorkerBuffers buffers = WorkerBuffers.Current;
        while (_sendBuffer.Length != 0)
        {
            int sent = _fileEvent!.Send(_sendBuffer.Head, out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                return;
            }

            if (error != SocketError.Success)
            {
                CloseWithSocketError(error);
                return;
            }

            Touch();
            _sendBuffer.Consume(sent, buffers);
            if (_aboveHighWatermark && _sendBuffer.Length <= _options.LowWatermark)
            {
                _aboveHighWatermark = false;
                Raise(ConnectionEvent.BelowLowWatermark);
                if (State != ConnectionState.Open)
                {
                    return;
                }
            }
        }

        if (_shutdownRequested && !_writeShutdown)
        {
            FinishShutdown();
        }
    }

    private void FinishShutdown()
    {
        _writeShutdown = true;
        try
        {
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException ex)
        {
            CloseWithSocketError(ex.SocketErrorCode);
            return;
        }

        if (_readClosed)
        {
            CloseCore(ConnectionCloseReason.LocalClose, SocketError.Success, reset: false);
        }
    }

    private void UpdateInterest()
    {
        var interest = FileReadyType.Write;
        if (_readEnabled && !_readClosed)
        {
            interest |= FileReadyType.Read;
        }

        if (_fileEvent is { IsClosed: false } fileEvent && fileEvent.Enabled != interest)
        {
            fileEvent.SetEnabled(interest);
        }
    }

    private void Touch()
    {
        if (_idleTimer is not null)
        {
            _lastActivityMilliseconds = LoopNowMilliseconds;
        }
    }

    // The loop's clock as its timers last read it (each iteration, and at the first arm in a callback), so idle time and
    // the idle timer agree, and a test's manual clock moves both.
    private long LoopNowMilliseconds => _dispatcher.Timers.NowTick;

    private void OnIdleTimer()
    {
        long idleFor = LoopNowMilliseconds - _lastActivityMilliseconds;
        long limit = (long)_options.IdleTimeout.TotalMilliseconds;
        if (idleFor >= limit)
        {
            CloseCore(ConnectionCloseReason.IdleTimeout, SocketError.Success, reset: false);
        }
        else
        {
            // Activity re-arms lazily: a read or write only stamps the time, the timer moves when it fires.
            _idleTimer!.Enable(TimeSpan.FromMilliseconds(limit - idleFor));
        }
    }

    /// <summary>Tests: runs the connect timer's expiry now, as a loop that was busy past the timeout would.</summary>
    internal void ExpireConnectTimerNow() => OnConnectTimeout();

    private void OnConnectTimeout()
    {
        if (State != ConnectionState.Connecting)
        {
            return;
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(_connectStarted, _dispatcher.ClockTimestamp());
        if (elapsed < _options.ConnectTimeout)
        {
            // The timer may share an earlier clock reading of the callback that called Connect: wait out the rest.
            _connectTimer!.Enable(_options.ConnectTimeout - elapsed);
            return;
        }

        if (HandshakeFinished())
        {
            // The kernel decided before the timeout and the loop has just not run that readiness yet: take its verdict.
            OnReady(FileReadyType.Write);
            return;
        }

        CloseCore(ConnectionCloseReason.ConnectTimeout, SocketError.TimedOut, reset: false);
    }

    // A connecting socket turns writable when its handshake ends, either way; polling does not consume the error.
    private bool HandshakeFinished()
    {
        if (_connectError != SocketError.Success)
        {
            return true;
        }

        try
        {
            return _socket.Poll(0, SelectMode.SelectWrite) || _socket.Poll(0, SelectMode.SelectError);
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private void ClosePendingError()
    {
        SocketError error;
        try
        {
            error = (SocketError)(int)_socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
        }
        catch (SocketException ex)
        {
            error = ex.SocketErrorCode;
        }

        if (error != SocketError.Success)
        {
            CloseWithSocketError(error);
        }
    }

    private void CloseWithSocketError(SocketError error)
    {
        ConnectionCloseReason reason = error switch
        {
            SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => ConnectionCloseReason.RemoteReset,
            _ when State == ConnectionState.Connecting => ConnectionCloseReason.ConnectFailed,
            _ => ConnectionCloseReason.SocketError,
        };
        CloseCore(reason, error, reset: false);
    }

    private void Raise(ConnectionEvent connectionEvent) => _onEvent?.Invoke(this, connectionEvent);

    // The one close path: every reason ends here, releases everything once and reports Closed once.
    private void CloseCore(ConnectionCloseReason reason, SocketError error, bool reset)
    {
        if (State == ConnectionState.Closed)
        {
            return;
        }

        State = ConnectionState.Closed;
        CloseReason = reason;
        LastError = error;
        _connectTimer?.Dispose();
        _idleTimer?.Dispose();
        _sendBuffer.Clear(WorkerBuffers.Current);
        try
        {
            if (reset)
            {
                _socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (SocketException)
        {
            // Already gone: closing it below is all that is left to do.
        }

        if (_fileEvent is not null)
        {
            _fileEvent.DisposeAndCloseSocket();
        }
        else
        {
            _socket.Dispose();
        }

        ClosedHook?.Invoke(this);
        Raise(ConnectionEvent.Closed);
    }
}
