using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>How one upstream connect attempt ended.</summary>
internal enum ConnectOutcome
{
    Connected,

    /// <summary>The upstream refused or the network failed: the kernel reported an error.</summary>
    Failed,

    /// <summary>The handshake had not completed when the connect timeout, measured from the connect call, ran out.</summary>
    TimedOut,

    /// <summary>The proxy is shutting down.</summary>
    Aborted,
}

/// <summary>
/// One upstream connect attempt, timed on the calling worker's loop.
/// </summary>
/// <remarks>
/// The verdict belongs to the kernel, never to the order in which this process happens to notice things. .NET learns
/// that a connect completed from an event that waits in the thread pool's normal queue, while a
/// <c>CancellationTokenSource.CancelAfter</c> timer runs from the pool's high-priority queue; in a busy process the
/// timer overtakes the completion and cancels a connection the upstream has already accepted. So the timeout here is
/// a loop timer that, when it fires, measures the time since the connect call itself (the loop's clock is read once
/// per iteration, so a busy iteration must not count) and then asks the socket: a handshake the kernel has finished,
/// one way or the other, is left for .NET to report, however late; only one still in progress is abandoned.
/// </remarks>
internal sealed class UpstreamConnector
{
    private readonly Socket _socket;
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenSource _cancel;
    private readonly DispatcherTimer _timer;
    private readonly long _started;
    private bool _timedOut;

    private UpstreamConnector(Dispatcher loop, Socket socket, TimeSpan timeout, CancellationToken abort)
    {
        _socket = socket;
        _timeout = timeout;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(abort);
        _timer = loop.CreateTimer(OnTimer);
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>
    /// Connects a new socket to <paramref name="endpoint"/>. Call on a worker's loop; the returned socket is connected
    /// when the outcome is <see cref="ConnectOutcome.Connected"/> and null otherwise.
    /// </summary>
    public static async Task<(ConnectOutcome Outcome, Socket? Socket)> ConnectAsync(EndPoint endpoint, TimeSpan timeout, CancellationToken abort)
    {
        Dispatcher loop = Dispatcher.Current ?? throw new InvalidOperationException("An upstream connect is timed on a worker's loop; call it from one.");
        Socket socket;
        try
        {
            socket = new Socket(endpoint.AddressFamily == AddressFamily.Unspecified ? AddressFamily.InterNetwork : endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            {
                NoDelay = true,
            };
        }
        catch (SocketException)
        {
            // Out of descriptors (or buffers): this attempt fails like a refused connect.
            return (ConnectOutcome.Failed, null);
        }

        var attempt = new UpstreamConnector(loop, socket, timeout, abort);
        try
        {
            attempt._timer.Enable(timeout);
            await socket.ConnectAsync(endpoint, attempt._cancel.Token);
            return (ConnectOutcome.Connected, socket);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Dispose();
            ConnectOutcome outcome = attempt._timedOut ? ConnectOutcome.TimedOut : abort.IsCancellationRequested ? ConnectOutcome.Aborted : ConnectOutcome.Failed;
            return (outcome, null);
        }
        finally
        {
            // Back on the loop (the await resumed here), so the timer is disarmed on its own thread.
            attempt._timer.Disable();
            attempt._cancel.Dispose();
        }
    }

    private void OnTimer()
    {
        TimeSpan elapsed = Stopwatch.GetElapsedTime(_started);
        if (elapsed < _timeout)
        {
            // The wheel measured from the start of a busy iteration, before the connect call: wait out the rest.
            _timer.Enable(_timeout - elapsed);
            return;
        }

        if (HandshakeFinished())
        {
            // Connected or refused: the kernel has decided, and .NET will report it. Cancelling now would throw away
            // a connection the upstream already accepted.
            return;
        }

        _timedOut = true;
        _cancel.Cancel();
    }

    // A connecting socket turns writable when its handshake ends, successfully or not; poll does not consume the
    // error, so .NET still reads the real outcome.
    private bool HandshakeFinished()
    {
        try
        {
            return _socket.Poll(0, SelectMode.SelectWrite) || _socket.Poll(0, SelectMode.SelectError);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }
}
