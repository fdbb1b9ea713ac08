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

    /// <summary>The accept backlog. Default 1024.</summary>
    public int Backlog { get; set; } = 1024;

    /// <summary>Connections accepted per readiness event before other work on the loop gets a turn. Default 64.</summary>
    public int MaxAcceptsPerEvent { get; set; } = 64;

    /// <summary>Settings of every accepted connection; null for the defaults.</summary>
    public ConnectionOptions? Connection { get; set; }

    /// <summary>Where accept failures (for example out of file descriptors) are logged. Null: counted only.</summary>
    public ILogger? Logger { get; set; }
}

/// <summary>
/// A listening socket owned by one loop (Envoy's per-worker listener): connections are accepted on that loop and
/// handed, still on it, to the accept callback, which starts them. Open one per worker on the same port with
/// <see cref="ListenerOptions.ReusePort"/> to spread connections over workers with no hand-off between threads.
/// </summary>
public sealed class Listener : IDisposable
{
    private const int LinuxSolSocket = 1;
    private const int LinuxSoReusePort = 15;

    private readonly Dispatcher _dispatcher;
    private readonly Socket _socket;
    private readonly Action<Connection> _onAccepted;
    private readonly ListenerOptions _options;
    private readonly ConnectionOptions _connectionOptions;
    private readonly FileEvent _fileEvent;
    private long _accepted;
    private long _acceptFailures;

    private Listener(Dispatcher dispatcher, Socket socket, Action<Connection> onAccepted, ListenerOptions options)
    {
        _dispatcher = dispatcher;
        _socket = socket;
        _onAccepted = onAccepted;
        _options = options;
        _connectionOptions = (options.Connection ?? new ConnectionOptions()).Validated();
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        _fileEvent = dispatcher.CreateFileEvent(socket, OnReady, FileReadyType.Read);
        _fileEvent.LoopExited = socket.Dispose;
    }

    /// <summary>The bound address (with the actual port when 0 was asked for).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Connections accepted so far.</summary>
    public long Accepted => _accepted;

    /// <summary>Accepts that failed (counted and logged; the listener goes on).</summary>
    public long AcceptFailures => _acceptFailures;

    /// <summary>
    /// Binds and listens on <paramref name="endPoint"/> from the calling loop; accepted connections go to
    /// <paramref name="onAccepted"/> on this loop, which must <see cref="Connection.Start"/> (or close) each.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off <paramref name="dispatcher"/>'s thread.</exception>
    /// <exception cref="SocketException">The address cannot be bound.</exception>
    [RequiresLoopThread]
    public static Listener Open(Dispatcher dispatcher, IPEndPoint endPoint, [RunsOnOwningLoop] Action<Connection> onAccepted, ListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(endPoint);
        ArgumentNullException.ThrowIfNull(onAccepted);
        options ??= new ListenerOptions();
        dispatcher.VerifyAccess("open a listener");
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (options.ReusePort && OperatingSystem.IsLinux())
            {
                Span<byte> one = stackalloc byte[] { 1, 0, 0, 0 };
                socket.SetRawSocketOption(LinuxSolSocket, LinuxSoReusePort, one);
            }

            socket.Bind(endPoint);
            socket.Listen(options.Backlog);
            socket.Blocking = false;
            return new Listener(dispatcher, socket, onAccepted, options);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Stops listening and closes the socket; accepted connections live on. Owning loop only; idempotent.</summary>
    public void Dispose()
    {
        if (_fileEvent.IsClosed && _socket.SafeHandle.IsClosed)
        {
            return;
        }

        _dispatcher.VerifyAccess("close a listener");
        _fileEvent.DisposeAndCloseSocket();
    }

    private void OnReady(FileReadyType ready)
    {
        for (int i = 0; i < _options.MaxAcceptsPerEvent; i++)
        {
            if (!_socket.Poll(0, SelectMode.SelectRead))
            {
                _fileEvent.NotifyWouldBlock(FileReadyType.Read);
                return;
            }

            Socket accepted;
            try
            {
                accepted = _socket.Accept();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.WouldBlock)
            {
                _fileEvent.NotifyWouldBlock(FileReadyType.Read);
                return;
            }
            catch (SocketException ex)
            {
                // Out of descriptors, or a connection aborted before it was accepted: count it and wait for the next edge.
                _acceptFailures++;
                _options.Logger?.LogWarning(ex, "Accept failed on {Listener} ({Error}).", LocalEndPoint, ex.SocketErrorCode);
                _fileEvent.NotifyWouldBlock(FileReadyType.Read);
                return;
            }

            _accepted++;
            Connection connection;
            try
            {
                connection = Connection.Accepted(_dispatcher, accepted, _connectionOptions);
            }
            catch
            {
                accepted.Dispose();
                throw;
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

                throw;
            }

            if (!connection.IsStarted && connection.State != ConnectionState.Closed)
            {
                // Nobody took it: an unstarted connection would never be read, closed or counted again.
                _options.Logger?.LogWarning("The accept callback of {Listener} neither started nor closed a connection; closing it.", LocalEndPoint);
                connection.Close();
            }
        }

        // More may be waiting: edge-triggered readiness will not repeat, so come back next iteration.
        _fileEvent.Activate(FileReadyType.Read);
    }
}
