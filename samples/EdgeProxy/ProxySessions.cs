using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;
using Microsoft.Extensions.Logging;
using Weft.Net;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// One listener on one worker: the <see cref="Listener"/> that worker accepts on (kernel balance; with exact balance
/// main accepts and hands connections here) and the proxied connections it serves, all owned by that worker's loop. Every member but the constructor runs on that loop.
/// </summary>
internal sealed class ProxySessions
{
    /// <summary>
    /// Bytes one side may hold for the other before the other stops reading (per direction). Small on purpose: the
    /// kernel's socket buffers carry the bulk, and a stalled client then costs the proxy at most this plus one read.
    /// </summary>
    public const int HighWatermark = 32 << 10;

    /// <summary>Reading resumes once the side's buffered bytes drain to this.</summary>
    public const int LowWatermark = 16 << 10;

    private readonly EdgeProxyServer _server;
    private readonly EdgeProxyServer.ListenerState _listenerState;
    private readonly Dictionary<TimeSpan, ConnectionOptions> _upstreamOptions = new();
    private Listener? _listener;
    private ProxiedConnection? _head;

    public ProxySessions(EdgeProxyServer server, EdgeProxyServer.ListenerState listener)
    {
        _server = server;
        _listenerState = listener;
    }

    public ListenerStats Stats => _listenerState.Stats;

    public StatsStore Store => _server.Pool.Stats;

    public string Cluster => _listenerState.Spec.Cluster;

    /// <summary>On the worker: accept on <paramref name="socket"/> (bound and listening) from now on.</summary>
    public void Listen(Dispatcher worker, Socket socket)
    {
        var options = new ListenerOptions { Connection = DownstreamOptions(_listenerState.Spec) };
        _listener = Listener.Adopt(worker, socket, Accept, options, OnAcceptFailed);
    }

    /// <summary>Settings of every client connection of <paramref name="listener"/>, whichever way it was accepted.</summary>
    public static ConnectionOptions DownstreamOptions(ListenerSpec listener) =>
        new() { IdleTimeout = listener.IdleTimeout, HighWatermark = HighWatermark, LowWatermark = LowWatermark };

    /// <summary>On the worker: stop accepting; connections already accepted go on.</summary>
    public void StopListening()
    {
        _listener?.Dispose();
        _listener = null;
    }

    /// <summary>On the worker: reset every connection still open.</summary>
    public void AbortAll()
    {
        while (_head is { } session)
        {
            session.Abort();
            if (ReferenceEquals(_head, session))
            {
                // Abort always finishes a session; never spin on one that did not.
                Remove(session);
            }
        }
    }

    public void Add(ProxiedConnection session)
    {
        Interlocked.Increment(ref _server.OpenCount);
        session.Next = _head;
        if (_head is not null)
        {
            _head.Previous = session;
        }

        _head = session;
    }

    public void Remove(ProxiedConnection session)
    {
        if (session.Previous is null && !ReferenceEquals(_head, session))
        {
            return;
        }

        if (session.Previous is not null)
        {
            session.Previous.Next = session.Next;
        }
        else
        {
            _head = session.Next;
        }

        if (session.Next is not null)
        {
            session.Next.Previous = session.Previous;
        }

        session.Previous = null;
        session.Next = null;
        Interlocked.Decrement(ref _listenerState.Open);
        Interlocked.Decrement(ref _server.OpenCount);
        _server.OnConnectionClosed();
    }

    /// <summary>Upstream connection settings of a cluster (its connect timeout), built once per worker.</summary>
    public ConnectionOptions UpstreamOptions(ClusterState cluster)
    {
        if (!_upstreamOptions.TryGetValue(cluster.ConnectTimeout, out ConnectionOptions? options))
        {
            options = new ConnectionOptions { ConnectTimeout = cluster.ConnectTimeout, HighWatermark = HighWatermark, LowWatermark = LowWatermark };
            _upstreamOptions[cluster.ConnectTimeout] = options;
        }

        return options;
    }

    /// <summary>
    /// A connection accepted here could not get its upstream socket: pause this worker's accepting (counted, logged).
    /// With exact balance main accepts, and pauses on its own when its accept runs out of descriptors.
    /// </summary>
    public void OutOfResources(SocketError error) => _listener?.BackOff(error);

    public ClusterStats ClusterStatsFor(string cluster) => _server.StatsFor(cluster);

    public Gauge EndpointActive(string cluster, HostPort endpoint) => _server.EndpointActive(cluster, endpoint);

    /// <summary>On the worker: serve <paramref name="downstream"/>, accepted here or handed here by main's balanced listener.</summary>
    public void Accept(Connection downstream)
    {
        bool overCap = Interlocked.Increment(ref _listenerState.Open) > _listenerState.Cap;
        // Past the process's budget every descriptor but the runtime's reserve is taken (see
        // ConnectionLimits.ReservedDescriptors for why running out is fatal to a .NET process).
        bool overBudget = !overCap && Interlocked.Read(ref _server.OpenCount) >= _server.ConnectionBudget;
        if (overCap || overBudget)
        {
            // Accepted and closed at once, so the client learns now instead of waiting in the backlog.
            Interlocked.Decrement(ref _listenerState.Open);
            Stats.Overflow.Increment();
            if (overBudget)
            {
                // Before the reset: once the client sees it, its next attempt (on another worker) may be refused too,
                // and the warning must name the listener of the first client refused.
                _server.OnBudgetFull(_listenerState.Spec.Name);
            }

            downstream.Reset();
            return;
        }

        new ProxiedConnection(this, downstream).Start();
    }

    private void OnAcceptFailed(Listener listener, SocketError error)
    {
        Stats.AcceptFail.Increment();
        if (listener.IsBackingOff)
        {
            _server.Logger.LogWarning("Listener '{Name}': accept failed ({Error}); retrying in {Backoff} ms.", _listenerState.Spec.Name, error, listener.CurrentBackoff.TotalMilliseconds);
        }
    }
}

/// <summary>A listener's stat handles, resolved once.</summary>
internal sealed record ListenerStats(
    Counter Total, Gauge Active, Counter BytesRx, Counter BytesTx, Counter Overflow, Counter IdleTimeout, Counter Reset, Counter NoUpstream, Counter AcceptFail);

/// <summary>A cluster's stat handles, resolved once.</summary>
internal sealed record ClusterStats(Counter UpstreamTotal, Counter ConnectFail, Counter ConnectTimeout);
