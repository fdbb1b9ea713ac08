using System;
using System.Collections.Immutable;
using System.Net.Sockets;
using Weft.Net;
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

    /// <summary>No upstream endpoint answered: the client was closed.</summary>
    NoUpstream,

    /// <summary>The proxy shut down.</summary>
    Aborted,
}

/// <summary>
/// One client connection joined to one upstream connection, both <see cref="Connection"/>s owned by the worker's loop
/// that accepted the client: every read, write, timer and close runs there, with no other thread involved. The
/// contract, as a client sees it:
/// <list type="bullet">
/// <item>the upstream is chosen by the worker's balancer and connected from the loop; an endpoint that refuses or
/// does not finish its handshake within the cluster's connect timeout (counted from the connect call, and never for a
/// handshake the kernel completed) is counted and the next one tried; with none left the client is closed;</item>
/// <item>a FIN from either side is passed on after every byte read before it; the other direction keeps flowing
/// until its own FIN (half-close);</item>
/// <item>a reset or error on either side resets the other at once (SO_LINGER 0), and nothing read after the fault is
/// delivered;</item>
/// <item>no byte either way for the idle timeout closes both sides (the timer is the client connection's: every byte
/// either way is read or written there);</item>
/// <item>memory: nothing while idle (reads land in the worker's one read buffer); bytes a side cannot take yet wait
/// in pooled chunks up to the connection's high watermark, and then the other side stops reading until the buffer
/// drains to the low watermark (TCP's window carries the backpressure on to the sender).</item>
/// </list>
/// </summary>
internal sealed class ProxiedConnection
{
    private readonly ProxySessions _sessions;
    private readonly Connection _downstream;
    private readonly ConnectionDataHandler _onUpstreamData;
    private readonly ConnectionEventHandler _onUpstreamEvent;
    private WorkerTraffic _traffic;
    private Balancer? _balancer;
    private ImmutableArray<HostPort> _candidates;
    private int _nextCandidate;
    private HostPort? _trying;
    private HostPort? _chosen;
    private Connection? _upstream;
    private Gauge? _endpointActive;
    private CloseReason? _outcome;
    private bool _finished;

    public ProxiedConnection(ProxySessions sessions, Connection downstream)
    {
        _sessions = sessions;
        _downstream = downstream;
        _onUpstreamData = OnUpstreamData;
        _onUpstreamEvent = OnUpstreamEvent;
    }

    /// <summary>The worker's live sessions, linked through these (no allocation to add or remove one).</summary>
    internal ProxiedConnection? Previous { get; set; }

    internal ProxiedConnection? Next { get; set; }

    /// <summary>On the accepting worker's loop: counts the client, picks an upstream and starts connecting.</summary>
    public void Start()
    {
        ListenerStats stats = _sessions.Stats;
        stats.Total.Increment();
        stats.Active.Increment();
        _traffic = WorkerTraffic.Opened(_sessions.Store);
        _sessions.Add(this);
        _downstream.Start(OnDownstreamData, OnDownstreamEvent);
        // Nothing is read from the client until an upstream is connected: bytes buffered for an endpoint that then
        // fails would be lost on the retry.
        _downstream.SetReadEnabled(false);
        _balancer = WorkerBalancers.Current.For(ClusterTable.Current, _sessions.Cluster);
        _candidates = _balancer?.Candidates() ?? ImmutableArray<HostPort>.Empty;
        ConnectNext();
    }

    /// <summary>Shutdown: both sides reset now.</summary>
    public void Abort()
    {
        _outcome ??= CloseReason.Aborted;
        _upstream?.Reset();
        _downstream.Reset();
    }

    private void ConnectNext()
    {
        while (_nextCandidate < _candidates.Length)
        {
            HostPort endpoint = _candidates[_nextCandidate++];
            try
            {
                _trying = endpoint;
                _upstream = Connection.Connect(_downstream.Dispatcher, endpoint.ToEndPoint(), _onUpstreamData, _onUpstreamEvent, _sessions.UpstreamOptions(_balancer!.Cluster));
                return;
            }
            catch (SocketException ex)
            {
                // No socket to connect with: this endpoint fails like a refused connect. Out of descriptors, the
                // listener also backs off, so queued clients wait for descriptors instead of being accepted and closed.
                _upstream = null;
                _sessions.ClusterStatsFor(_balancer!.Cluster.Name).ConnectFail.Increment();
                if (ex.SocketErrorCode is SocketError.TooManyOpenSockets or SocketError.NoBufferSpaceAvailable)
                {
                    _sessions.OutOfResources(ex.SocketErrorCode);
                }
            }
        }

        // No endpoint answered: the client is closed (each attempt was counted as upstream_cx_connect_fail).
        _outcome ??= CloseReason.NoUpstream;
        _sessions.Stats.NoUpstream.Increment();
        _downstream.Close();
    }

    private void OnDownstreamData(Connection downstream, ReadOnlySpan<byte> data)
    {
        _sessions.Stats.BytesRx.Increment(data.Length);
        _upstream!.Write(data);
    }

    private void OnUpstreamData(Connection upstream, ReadOnlySpan<byte> data)
    {
        _sessions.Stats.BytesTx.Increment(data.Length);
        _downstream.Write(data);
    }

    private void OnDownstreamEvent(Connection downstream, ConnectionEvent connectionEvent)
    {
        switch (connectionEvent)
        {
            case ConnectionEvent.RemoteHalfClosed:
                // The client's FIN goes on after every byte before it; the upstream may keep answering.
                _upstream?.ShutdownWrite();
                break;
            case ConnectionEvent.AboveHighWatermark:
                _upstream?.SetReadEnabled(false);
                break;
            case ConnectionEvent.BelowLowWatermark:
                _upstream?.SetReadEnabled(true);
                break;
            case ConnectionEvent.Closed:
                OnSideClosed(downstream.CloseReason, _upstream);
                break;
        }
    }

    private void OnUpstreamEvent(Connection upstream, ConnectionEvent connectionEvent)
    {
        if (!ReferenceEquals(upstream, _upstream))
        {
            return;
        }

        switch (connectionEvent)
        {
            case ConnectionEvent.Connected:
                OnConnected();
                break;
            case ConnectionEvent.RemoteHalfClosed:
                _downstream.ShutdownWrite();
                break;
            case ConnectionEvent.AboveHighWatermark:
                _downstream.SetReadEnabled(false);
                break;
            case ConnectionEvent.BelowLowWatermark:
                _downstream.SetReadEnabled(true);
                break;
            case ConnectionEvent.Closed:
                if (_chosen is null && upstream.CloseReason is ConnectionCloseReason.ConnectFailed or ConnectionCloseReason.ConnectTimeout)
                {
                    OnConnectFailed(upstream.CloseReason);
                    return;
                }

                OnSideClosed(upstream.CloseReason, _downstream);
                break;
        }
    }

    private void OnConnected()
    {
        _chosen = _trying;
        ClusterState cluster = _balancer!.Cluster;
        _balancer.Started(_chosen!);
        _sessions.ClusterStatsFor(cluster.Name).UpstreamTotal.Increment();
        _traffic.Forwarded();
        _endpointActive = _sessions.EndpointActive(cluster.Name, _chosen!);
        _endpointActive.Increment();
        if (_downstream.State == ConnectionState.Open)
        {
            _downstream.SetReadEnabled(true);
        }
    }

    private void OnConnectFailed(ConnectionCloseReason reason)
    {
        ClusterStats cluster = _sessions.ClusterStatsFor(_balancer!.Cluster.Name);
        cluster.ConnectFail.Increment();
        if (reason == ConnectionCloseReason.ConnectTimeout)
        {
            cluster.ConnectTimeout.Increment();
        }

        _upstream = null;
        if (_downstream.State == ConnectionState.Closed)
        {
            FinishIfDone();
            return;
        }

        // Next healthy endpoint, tried after this one failed or timed out.
        ConnectNext();
    }

    // One side closed: what it means for the other side, and whether the session is over.
    private void OnSideClosed(ConnectionCloseReason reason, Connection? other)
    {
        switch (reason)
        {
            case ConnectionCloseReason.LocalClose or ConnectionCloseReason.RemoteClose:
                // Both directions of this side finished: pass its FIN on (a no-op when already passed on). An upstream
                // still connecting has nothing to finish and is dropped.
                if (other is { State: ConnectionState.Connecting })
                {
                    other.Close();
                }
                else
                {
                    other?.ShutdownWrite();
                }

                break;
            case ConnectionCloseReason.IdleTimeout:
                _outcome ??= CloseReason.IdleTimeout;
                other?.Close();
                break;
            case ConnectionCloseReason.LocalReset:
                // This side was reset on purpose (by the other side's fault or a shutdown), which already decided.
                other?.Reset();
                break;
            default:
                // A reset or an error: the other side is reset at once, so nothing read after the fault is delivered.
                _outcome ??= CloseReason.Reset;
                other?.Reset();
                break;
        }

        FinishIfDone();
    }

    private void FinishIfDone()
    {
        if (_finished || _downstream.State != ConnectionState.Closed || _upstream is { State: not ConnectionState.Closed })
        {
            return;
        }

        _finished = true;
        if (_chosen is not null)
        {
            _balancer!.Finished(_chosen);
            _endpointActive!.Decrement();
        }

        ListenerStats stats = _sessions.Stats;
        if (_outcome == CloseReason.IdleTimeout)
        {
            stats.IdleTimeout.Increment();
        }
        else if (_outcome == CloseReason.Reset)
        {
            stats.Reset.Increment();
        }

        stats.Active.Decrement();
        _traffic.Closed();
        _sessions.Remove(this);
    }
}
