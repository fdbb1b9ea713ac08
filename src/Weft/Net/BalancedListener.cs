using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Threading;

namespace Weft.Net;

/// <summary>
/// One listening socket whose accepted connections are spread over workers (Envoy's listener with a connection
/// balancer): the socket is accepted on one loop (the pool's main by default), each accepted socket is handed to the
/// worker an <see cref="IConnectionBalancer"/> picks, and the connection lives on that worker from its accept
/// callback to its close. The other way to spread connections, one <see cref="Listener"/> per worker with
/// <c>SO_REUSEPORT</c>, needs no hand-off but leaves the balance to the kernel's hash of the peers' addresses.
/// </summary>
/// <remarks>
/// Failure paths: an accept that fails for want of resources (out of descriptors, out of buffers) pauses accepting
/// for <see cref="BalancedListenerOptions.MinAcceptBackoff"/>, doubling per failure in a row up to
/// <see cref="BalancedListenerOptions.MaxAcceptBackoff"/>, then tries again, for ever; each failure is counted and
/// logged. A worker whose loop has exited (or is exiting) gets no connection; a socket already queued to it when it
/// exits is closed and counted in <see cref="DroppedWorkerExited"/>; with no worker left, each accepted socket is
/// closed and counted in <see cref="DroppedNoWorker"/>. Closing the listener closes every socket still in hand-off
/// (counted in <see cref="ClosedInHandOff"/>), so none is leaked and no accept callback starts afterwards; connections
/// already delivered live on.
/// </remarks>
public sealed class BalancedListener : IDisposable
{
    private static readonly Action<HandOff> DeliverOnWorker = static handOff => handOff.Listener.Deliver(handOff);

    private readonly Dispatcher _acceptLoop;
    private readonly Dispatcher[] _workers;
    private readonly long[] _active;
    private readonly Action<Connection>[] _closedHooks;
    private readonly WorkerLoad[] _candidates;
    private readonly Socket _socket;
    private readonly Action<Connection> _onAccepted;
    private readonly BalancedListenerOptions _options;
    private readonly IConnectionBalancer _balancer;
    private readonly ConnectionOptions _connectionOptions;
    private readonly FileEvent _fileEvent;
    private readonly DispatcherTimer _backoffTimer;
    private readonly object _handOffLock = new();
    private readonly HashSet<HandOff> _inHandOff = new();
    private readonly CancellationTokenSource _closing = new();
    private bool _closed;
    private AcceptBackoff _backoff;
    private TimeSpan _currentBackoff;
    private long _accepted;
    private long _acceptFailures;
    private long _delivered;
    private long _closedInHandOff;
    private long _droppedWorkerExited;
    private long _droppedNoWorker;
    private long _balancerFailures;

    private BalancedListener(Dispatcher acceptLoop, Dispatcher[] workers, Socket socket, Action<Connection> onAccepted, BalancedListenerOptions options)
    {
        _acceptLoop = acceptLoop;
        _workers = workers;
        _active = new long[workers.Length];
        _candidates = new WorkerLoad[workers.Length];
        _closedHooks = new Action<Connection>[workers.Length];
        for (int i = 0; i < workers.Length; i++)
        {
            int worker = i;
            _closedHooks[i] = _ => Interlocked.Decrement(ref _active[worker]);
        }

        _socket = socket;
        _onAccepted = onAccepted;
        _options = options;
        _balancer = options.Balancer ?? new FewestConnectionsBalancer();
        _connectionOptions = (options.Connection ?? new ConnectionOptions()).Validated();
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        _backoff = new AcceptBackoff(options.MinAcceptBackoff, options.MaxAcceptBackoff);
        _backoffTimer = acceptLoop.CreateTimer(OnBackoffElapsed);
        _fileEvent = acceptLoop.CreateFileEvent(socket, OnReady, FileReadyType.Read);
        _fileEvent.LoopExited = () => CloseCore(atLoopExit: true);
        for (int i = 0; i < workers.Length; i++)
        {
            // A hand-off queued to a worker that then exits with its queue discarded would never run: close it then.
            // Cancelled when the listener closes (nothing is in hand-off after that), so a long-lived worker does
            // not collect one continuation per listener ever opened (a config reload opens new ones).
            int worker = i;
            workers[i].Completion.ContinueWith(
                _ => CloseHandOffs(h => h.WorkerIndex == worker, ref _droppedWorkerExited),
                _closing.Token,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    /// <summary>The bound address (with the actual port when 0 was asked for).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The loop that owns the listening socket and accepts.</summary>
    public Dispatcher AcceptLoop => _acceptLoop;

    /// <summary>The workers connections are handed to, in the order <see cref="WorkerLoad.WorkerIndex"/> counts.</summary>
    public IReadOnlyList<Dispatcher> Workers => _workers;

    /// <summary>Connections accepted so far.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Accepts that failed (counted and logged; accepting goes on, after a pause when resources ran out).</summary>
    public long AcceptFailures => Interlocked.Read(ref _acceptFailures);

    /// <summary>Connections handed to the accept callback on their worker.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Accepted sockets closed because the listener closed while they were in hand-off.</summary>
    public long ClosedInHandOff => Interlocked.Read(ref _closedInHandOff);

    /// <summary>Accepted sockets closed because the worker they were handed to exited before taking them.</summary>
    public long DroppedWorkerExited => Interlocked.Read(ref _droppedWorkerExited);

    /// <summary>Accepted sockets closed because no worker's loop was running.</summary>
    public long DroppedNoWorker => Interlocked.Read(ref _droppedNoWorker);

    /// <summary>
    /// Accepted sockets closed because the balancer threw or answered out of range (the exception goes to the
    /// accepting loop's handler; accepting goes on).
    /// </summary>
    public long BalancerFailures => Interlocked.Read(ref _balancerFailures);

    /// <summary>Accepted sockets queued to a worker that has not taken them yet.</summary>
    public int InHandOff
    {
        get
        {
            lock (_handOffLock)
            {
                return _inHandOff.Count;
            }
        }
    }

    /// <summary>The current pause after resource failures (zero while accepting normally). Accepting loop only.</summary>
    [RequiresLoopThread]
    public TimeSpan CurrentBackoff
    {
        get
        {
            _acceptLoop.VerifyAccess("read a balanced listener's accept backoff");
            return _currentBackoff;
        }
    }

    /// <summary>Settings seam for tests: how a connection is taken off the listening socket.</summary>
    internal Func<Socket, Socket> AcceptSocket { get; set; } = static listening => listening.Accept();

    /// <summary>
    /// Binds <paramref name="endPoint"/> on the pool's main loop and hands accepted connections to the pool's
    /// workers (those running now; a worker added later gets none). Call it on main, for example through
    /// <c>pool.Main.InvokeAsync</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off main's thread.</exception>
    /// <exception cref="ArgumentException">The pool has no worker.</exception>
    /// <exception cref="SocketException">The address cannot be bound (its message names the address).</exception>
    [RequiresLoopThread]
    public static BalancedListener Open(WorkerPool pool, IPEndPoint endPoint, [RunsOnChosenLoop] Action<Connection> onAccepted, BalancedListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return Open(pool.Main, pool.Workers, endPoint, onAccepted, options);
    }

    /// <summary>
    /// Binds and listens on <paramref name="endPoint"/> from <paramref name="acceptLoop"/>, which accepts; each
    /// accepted connection is handed to one of <paramref name="workers"/> and goes to <paramref name="onAccepted"/>
    /// on that worker's loop, which must <see cref="Connection.Start"/> (or close) it. One left unstarted is closed
    /// and logged.
    /// </summary>
    /// <param name="acceptLoop">The loop that owns the listening socket; the caller must be on it.</param>
    /// <param name="workers">The loops connections are handed to (may include <paramref name="acceptLoop"/>).</param>
    /// <param name="endPoint">Where to listen (port 0: any free port, see <see cref="LocalEndPoint"/>).</param>
    /// <param name="onAccepted">Runs on the connection's worker with each connection.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="InvalidOperationException">Called off <paramref name="acceptLoop"/>'s thread.</exception>
    /// <exception cref="ArgumentException"><paramref name="workers"/> is empty or holds null.</exception>
    /// <exception cref="SocketException">The address cannot be bound (its message names the address).</exception>
    [RequiresLoopThread]
    public static BalancedListener Open(
        Dispatcher acceptLoop,
        IReadOnlyList<Dispatcher> workers,
        IPEndPoint endPoint,
        [RunsOnChosenLoop] Action<Connection> onAccepted,
        BalancedListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(acceptLoop);
        ArgumentNullException.ThrowIfNull(workers);
        ArgumentNullException.ThrowIfNull(endPoint);
        ArgumentNullException.ThrowIfNull(onAccepted);
        options = (options ?? new BalancedListenerOptions()).Validated();
        if (workers.Count == 0)
        {
            throw new ArgumentException("A balanced listener needs at least one worker to hand connections to.", nameof(workers));
        }

        var workerArray = new Dispatcher[workers.Count];
        for (int i = 0; i < workerArray.Length; i++)
        {
            workerArray[i] = workers[i] ?? throw new ArgumentException($"Worker {i} is null.", nameof(workers));
        }

        acceptLoop.VerifyAccess("open a balanced listener");
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            Listener.BindAndListen(socket, endPoint, options.Backlog);
            return new BalancedListener(acceptLoop, workerArray, socket, onAccepted, options);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Connections of this listener on worker <paramref name="workerIndex"/>, from hand-off to close. Any thread.</summary>
    public long GetActiveConnections(int workerIndex) => Interlocked.Read(ref _active[workerIndex]);

    /// <summary>
    /// Stops listening, closes the socket and every accepted socket still in hand-off. Delivered connections live on.
    /// Accepting loop only; idempotent.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called off the accepting loop.</exception>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _acceptLoop.VerifyAccess("close a balanced listener");
        CloseCore(atLoopExit: false);
    }

    /// <inheritdoc />
    public override string ToString() => $"BalancedListener({LocalEndPoint}, {_workers.Length} workers) on {_acceptLoop}";

    private void OnReady(FileReadyType ready)
    {
        for (int i = 0; i < _options.MaxAcceptsPerEvent; i++)
        {
            Socket accepted;
            try
            {
                accepted = AcceptSocket(_socket);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.WouldBlock)
            {
                _fileEvent.NotifyWouldBlock(FileReadyType.Read);
                return;
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionAborted or SocketError.ConnectionReset)
            {
                // That peer gave up before it was accepted; the next one in the queue is unaffected.
                Interlocked.Increment(ref _acceptFailures);
                continue;
            }
            catch (SocketException ex)
            {
                BackOff(ex);
                return;
            }

            _currentBackoff = TimeSpan.Zero;
            _backoff.Reset();
            Interlocked.Increment(ref _accepted);
            HandOffToWorker(accepted);
        }

        // More may be waiting: edge-triggered readiness will not repeat, so come back next iteration.
        _fileEvent.Activate(FileReadyType.Read);
    }

    // Out of descriptors (EMFILE/ENFILE) or another error that retrying at once would only repeat: the pending
    // connection stays queued in the kernel, so stop watching the socket for a while instead of spinning on it.
    private void BackOff(SocketException failure)
    {
        Interlocked.Increment(ref _acceptFailures);
        _currentBackoff = _backoff.Next();
        _options.Logger?.LogWarning(failure, "Accept failed on {Listener} ({Error}); accepting again in {Backoff} ms.", LocalEndPoint, failure.SocketErrorCode, _currentBackoff.TotalMilliseconds);
        _fileEvent.SetEnabled(FileReadyType.None);
        _backoffTimer.Enable(_currentBackoff);
    }

    private void OnBackoffElapsed()
    {
        if (!_closed)
        {
            // Re-enabling re-reports readiness (docs/io.md, contract 3): connections that queued meanwhile are seen.
            _fileEvent.SetEnabled(FileReadyType.Read);
        }
    }

    private void HandOffToWorker(Socket accepted)
    {
        var handOff = new HandOff(this, accepted);
        for (int attempt = 0; attempt < _workers.Length; attempt++)
        {
            int count = 0;
            for (int w = 0; w < _workers.Length; w++)
            {
                if (!_workers[w].IsExitRequested)
                {
                    _candidates[count++] = new WorkerLoad(w, _workers[w], Interlocked.Read(ref _active[w]));
                }
            }

            if (count == 0)
            {
                break;
            }

            int worker;
            try
            {
                int pick = _balancer.Pick(_candidates.AsSpan(0, count));
                if ((uint)pick >= (uint)count)
                {
                    throw new InvalidOperationException($"The balancer {_balancer.GetType().FullName} of {this} picked candidate {pick} of {count}.");
                }

                worker = _candidates[pick].WorkerIndex;
            }
            catch (Exception ex)
            {
                // Only this connection is lost: thrown out of the accept callback, the exception would also leave the
                // connections queued behind it unaccepted until the next edge.
                Interlocked.Increment(ref _balancerFailures);
                accepted.Dispose();
                _acceptLoop.ReportUnhandled(ex);
                return;
            }

            handOff.WorkerIndex = worker;
            Interlocked.Increment(ref _active[worker]);
            lock (_handOffLock)
            {
                _inHandOff.Add(handOff);
            }

            if (_workers[worker].TryPost(DeliverOnWorker, handOff))
            {
                return;
            }

            // Refused: that loop is exiting (and is no candidate any more). Take the socket back, unless the loop's
            // exit already closed it.
            if (!Claim(handOff))
            {
                return;
            }

            Interlocked.Decrement(ref _active[worker]);
        }

        Interlocked.Increment(ref _droppedNoWorker);
        accepted.Dispose();
        _options.Logger?.LogWarning("{Listener} closed an accepted connection: no worker's loop is running.", this);
    }

    // On the chosen worker's loop.
    private void Deliver(HandOff handOff)
    {
        if (!Claim(handOff))
        {
            // The listener closed (or this worker's exit was handled) first: the socket is already closed.
            return;
        }

        int workerIndex = handOff.WorkerIndex;
        Dispatcher worker = _workers[workerIndex];
        if (worker.IsExitRequested)
        {
            // Drained at exit: a connection started now would only be closed by the exit. Counted before the close,
            // so whoever sees the peer's end of stream also sees the count.
            Interlocked.Decrement(ref _active[workerIndex]);
            Interlocked.Increment(ref _droppedWorkerExited);
            handOff.Socket.Dispose();
            return;
        }

        Connection connection;
        try
        {
            connection = Connection.Accepted(worker, handOff.Socket, _connectionOptions);
        }
        catch
        {
            handOff.Socket.Dispose();
            Interlocked.Decrement(ref _active[workerIndex]);
            throw;
        }

        connection.ClosedHook = _closedHooks[workerIndex];
        Interlocked.Increment(ref _delivered);
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
            _options.Logger?.LogWarning("The accept callback of {Listener} neither started nor closed a connection; closing it.", this);
            connection.Close();
        }
    }

    private bool Claim(HandOff handOff)
    {
        lock (_handOffLock)
        {
            return _inHandOff.Remove(handOff);
        }
    }

    private void CloseCore(bool atLoopExit)
    {
        _closed = true;
        _backoffTimer.Dispose();
        if (atLoopExit)
        {
            _socket.Dispose();
        }
        else
        {
            _fileEvent.DisposeAndCloseSocket();
        }

        CloseHandOffs(static _ => true, ref _closedInHandOff);
        _closing.Cancel();
        _closing.Dispose();
    }

    // Any thread: close the sockets still in hand-off that match, each exactly once (taking it out of the set is the claim).
    private void CloseHandOffs(Predicate<HandOff> match, ref long counter)
    {
        List<HandOff>? taken = null;
        lock (_handOffLock)
        {
            _inHandOff.RemoveWhere(handOff =>
            {
                if (!match(handOff))
                {
                    return false;
                }

                (taken ??= new List<HandOff>()).Add(handOff);
                return true;
            });
        }

        if (taken is null)
        {
            return;
        }

        foreach (HandOff handOff in taken)
        {
            Interlocked.Decrement(ref _active[handOff.WorkerIndex]);
            Interlocked.Increment(ref counter);
            handOff.Socket.Dispose();
        }

        _options.Logger?.LogWarning("{Listener} closed {Count} accepted connections that were still in hand-off.", this, taken.Count);
    }

    private sealed class HandOff
    {
        public HandOff(BalancedListener listener, Socket socket)
        {
            Listener = listener;
            Socket = socket;
        }

        public BalancedListener Listener { get; }

        public Socket Socket { get; }

        public int WorkerIndex { get; set; }
    }
}
