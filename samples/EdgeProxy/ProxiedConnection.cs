using System;
using System.Diagnostics;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>How a proxied connection ended.</summary>
internal enum CloseReason
{
    /// <summary>Both sides sent FIN and every byte was delivered.</summary>
    Finished,

    /// <summary>One side reset (or failed): the other side was reset at once, nothing more delivered.</summary>
    Reset,

    /// <summary>No byte moved either way for the listener's idle timeout.</summary>
    IdleTimeout,

    /// <summary>The proxy shut down.</summary>
    Aborted,
}

/// <summary>
/// One client connection joined to one upstream connection, on its worker's loop for its whole life (every
/// continuation resumes there). The contract, as a client sees it:
/// <list type="bullet">
/// <item>a FIN from either side is passed on after every byte read before it; the other direction keeps flowing
/// until its own FIN (half-close);</item>
/// <item>a reset or error on either side resets the other at once (SO_LINGER 0), and nothing read after the fault is
/// delivered;</item>
/// <item>no byte either way for the idle timeout closes both sides;</item>
/// <item>memory is two fixed buffers: a reader that does not read stops this connection reading from the writer
/// (the kernel's buffers carry the backpressure on to the sender).</item>
/// </list>
/// </summary>
internal sealed class ProxiedConnection
{
    private const int BufferSize = 32 * 1024;

    // How often a side that sent FIN is checked for a later reset (nothing else would notice it: no read is pending
    // on a side that has finished sending, and the other direction may never write to it).
    private static readonly TimeSpan HalfClosedProbeInterval = TimeSpan.FromMilliseconds(200);

    private readonly Socket _downstream;
    private readonly Socket _upstream;
    private readonly TimeSpan _idleTimeout;
    private readonly CancellationToken _abort;
    private readonly Dispatcher _loop;
    private readonly DispatcherTimer _idleTimer;
    private readonly DispatcherTimer _halfClosedProbe;
    private bool _downstreamFinished;
    private bool _upstreamFinished;
    private long _lastActivity;
    private CloseReason? _closed;

    public ProxiedConnection(Socket downstream, Socket upstream, TimeSpan idleTimeout, CancellationToken abort)
    {
        _downstream = downstream;
        _upstream = upstream;
        _idleTimeout = idleTimeout;
        _abort = abort;
        _loop = Dispatcher.Current ?? throw new InvalidOperationException("A proxied connection lives on a worker's loop; start it from one.");
        _idleTimer = _loop.CreateTimer(OnIdleTimer);
        _halfClosedProbe = _loop.CreateTimer(OnHalfClosedProbe);
    }

    /// <summary>Moves bytes both ways until both sides finish or one faults; the sockets are closed on return.</summary>
    public async Task<CloseReason> RunAsync(Counter bytesFromClient, Counter bytesToClient)
    {
        _lastActivity = Stopwatch.GetTimestamp();
        _idleTimer.Enable(_idleTimeout);
        using CancellationTokenRegistration onAbort = _abort.Register(static state => ((ProxiedConnection)state!).AbortFromAnyThread(), this);
        try
        {
            await Task.WhenAll(PumpAsync(_downstream, _upstream, bytesFromClient), PumpAsync(_upstream, _downstream, bytesToClient));
            Close(CloseReason.Finished, reset: false);
        }
        finally
        {
            _idleTimer.Disable();
            _halfClosedProbe.Disable();
        }

        return _closed ?? CloseReason.Finished;
    }

    private async Task PumpAsync(Socket from, Socket to, Counter bytes)
    {
        byte[] buffer = GC.AllocateUninitializedArray<byte>(BufferSize);
        try
        {
            while (true)
            {
                int read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    // FIN: everything before it has been sent on; pass the FIN on and keep the other direction open.
                    to.Shutdown(SocketShutdown.Send);
                    if (from == _downstream)
                    {
                        _downstreamFinished = true;
                    }
                    else
                    {
                        _upstreamFinished = true;
                    }

                    _halfClosedProbe.Enable(HalfClosedProbeInterval);
                    return;
                }

                _lastActivity = Stopwatch.GetTimestamp();
                bytes.Increment(read);
                int sent = 0;
                while (sent < read)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None);
                }

                _lastActivity = Stopwatch.GetTimestamp();
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // A reset, a write to a side that is gone, or the sockets closed under us by a timeout or shutdown.
            Close(CloseReason.Reset, reset: true);
        }
    }

    private void OnIdleTimer()
    {
        TimeSpan idle = Stopwatch.GetElapsedTime(_lastActivity);
        if (idle < _idleTimeout)
        {
            _idleTimer.Enable(_idleTimeout - idle);
            return;
        }

        Close(CloseReason.IdleTimeout, reset: false);
    }

    private void OnHalfClosedProbe()
    {
        if (_closed is not null)
        {
            return;
        }

        if ((_downstreamFinished && HasFailed(_downstream)) || (_upstreamFinished && HasFailed(_upstream)))
        {
            Close(CloseReason.Reset, reset: true);
            return;
        }

        _halfClosedProbe.Enable(HalfClosedProbeInterval);
    }

    // POLLERR: the peer reset after its FIN (a client that closed and then got our bytes answers with RST).
    private static bool HasFailed(Socket socket)
    {
        try
        {
            return socket.Poll(0, SelectMode.SelectError);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    // Shutdown cancels from main: the close itself runs on the connection's loop, or here if that loop is gone.
    private void AbortFromAnyThread()
    {
        if (!_loop.TryPost(static c => c.Close(CloseReason.Aborted, reset: true), this))
        {
            CloseSocket(_downstream, reset: true);
            CloseSocket(_upstream, reset: true);
        }
    }

    // The first reason wins; later calls (the pumps failing because the sockets were just closed) change nothing.
    private void Close(CloseReason reason, bool reset)
    {
        if (_closed is not null)
        {
            return;
        }

        _closed = reason;
        CloseSocket(_downstream, reset);
        CloseSocket(_upstream, reset);
    }

    private static void CloseSocket(Socket socket, bool reset)
    {
        try
        {
            if (reset)
            {
                // SO_LINGER 0: close sends RST and drops whatever is still queued, so nothing arrives after the fault.
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }

        socket.Dispose();
    }
}
