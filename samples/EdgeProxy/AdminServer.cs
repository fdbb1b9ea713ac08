using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Net;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// The admin endpoint, served on main's loop over Weft.Net (HTTP/1.0, one request per connection): <c>/</c> (the
/// stats page), <c>/stats</c> (text, or Prometheus with <c>?format=prometheus</c>), <c>/clusters</c> (endpoints and
/// their health as workers see them), <c>/ready</c>. Accepting, reading, the stats flush and the answer all run on
/// main: no .NET async socket, task or thread-pool thread is involved, so the admin keeps answering when the process
/// can start no thread (out of file descriptors).
/// </summary>
/// <remarks>
/// Limits: at most <see cref="MaxConnections"/> admin connections at once (more are closed at once, counted in
/// <c>edge.admin_cx_overflow</c>); the request line within <see cref="RequestTimeout"/> of the accept, else the
/// connection is closed (<c>edge.admin_request_timeout</c>); a line over <see cref="AdminRequestLine.MaxLength"/> gets
/// <c>414</c>. Out of descriptors: one descriptor is held in reserve; when an admin accept fails for want of
/// descriptors it is released, so that the retry (after 1 ms) can take it, and it is taken back when that admin
/// connection closes. Failed accepts are counted in <c>edge.admin_accept_fail</c> and retried with a back-off.
/// </remarks>
internal sealed class AdminServer : IAsyncDisposable
{
    /// <summary>Admin connections served at once.</summary>
    public const int MaxConnections = 16;

    /// <summary>How long a client has, from the accept, to send its request line.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long a connection stays open after its answer, waiting for the client to close first.</summary>
    public static readonly TimeSpan LingerTimeout = TimeSpan.FromSeconds(5);

    private readonly EdgeProxyServer _server;
    private readonly Dispatcher _main;
    private readonly Socket _socket;
    private readonly Counter _overflow;
    private readonly Counter _acceptFailures;
    private readonly Counter _requestTimeouts;

    // Main's loop only.
    private readonly HashSet<AdminExchange> _open = new();
    private Listener? _listener;
    private Socket? _reserve;
    private bool _reserveReleased;
    private bool _stopped;

    private AdminServer(EdgeProxyServer server, Socket socket)
    {
        _server = server;
        _main = server.Pool.Main;
        _socket = socket;
        Address = (IPEndPoint)socket.LocalEndPoint!;
        StatsStore stats = server.Pool.Stats;
        _overflow = stats.Counter("edge.admin_cx_overflow");
        _acceptFailures = stats.Counter("edge.admin_accept_fail");
        _requestTimeouts = stats.Counter("edge.admin_request_timeout");
    }

    public IPEndPoint Address { get; }

    internal StatsStore Stats => _server.Pool.Stats;

    internal Dispatcher Main => _main;

    /// <summary>Binds the admin address exclusively (a taken port throws <see cref="AddressInUseException"/>) and starts serving on main.</summary>
    public static async Task<AdminServer> StartAsync(EdgeProxyServer server, HostPort address)
    {
        Socket socket = ListenerBinder.Bind("admin", address.ToEndPoint(), count: 1, backlog: 64)[0];
        var admin = new AdminServer(server, socket);
        try
        {
            await server.Pool.Main.InvokeAsync(admin.Listen);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return admin;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _main.InvokeAsync(Stop);
        }
        catch (ObjectDisposedException)
        {
            // Main's loop has exited: it closed the listener and the connections it owned; only the reserve is left.
            _reserve?.Dispose();
        }
    }

    /// <summary>Main: a connection finished (any way).</summary>
    internal void OnClosed(AdminExchange exchange)
    {
        _open.Remove(exchange);
        RefillReserve();
    }

    /// <summary>Main: a client did not send its request line in time.</summary>
    internal void OnRequestTimeout() => _requestTimeouts.Increment();

    /// <summary>True when answering <paramref name="target"/> takes a stats flush first.</summary>
    internal static bool NeedsStats(string target) => target is "/" or "/stats" or "/stats?format=prometheus";

    /// <summary>Main: the answer to <paramref name="target"/>; <paramref name="stats"/> is a fresh flush when <see cref="NeedsStats"/>.</summary>
    internal (int Status, string ContentType, string Body) Respond(string target, StatsSnapshot? stats)
    {
        switch (target)
        {
            case "/":
                return (200, "text/html; charset=utf-8", StatsPage.Render(stats!, ClusterTable.Current, _server.Pool.Workers, _server.ListenerAddresses.Keys));
            case "/stats":
                return (200, "text/plain", stats!.ToText());
            case "/stats?format=prometheus":
                return (200, "text/plain; version=0.0.4", stats!.ToPrometheus());
            case "/clusters":
                var text = new StringBuilder();
                foreach (ClusterState cluster in ClusterTable.Current.Clusters.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
                {
                    foreach (EndpointState endpoint in cluster.Endpoints)
                    {
                        // One string per line: a chain of Appends reads to WEFT0003 as writes to the snapshot it formats.
                        string health = endpoint.Healthy ? "healthy" : "/failed_active_hc";
                        text.Append(cluster.Name + "::" + endpoint.Address + "::health_flags::" + health + "\n");
                    }
                }

                return (200, "text/plain", text.ToString());
            case "/ready":
                // Envoy's /ready: 200 only while the server is LIVE; draining answers 503 so load balancers take the
                // proxy out of rotation while its open connections finish.
                return _server.IsDraining ? (503, "text/plain", "DRAINING\n") : (200, "text/plain", "LIVE\n");
            default:
                return (404, "text/plain", "not found: / (stats page), /stats, /stats?format=prometheus, /clusters, /ready\n");
        }
    }

    private void Listen()
    {
        RefillReserve();
        _listener = Listener.Adopt(_main, _socket, OnAccepted, new ListenerOptions
        {
            MaxAcceptsPerEvent = MaxConnections,
            // The retry after the reserve is released comes soon, before a worker's retry is likely to take it.
            MinAcceptBackoff = TimeSpan.FromMilliseconds(1),
            MaxAcceptBackoff = TimeSpan.FromSeconds(1),
        }, OnAcceptFailed);
    }

    private void OnAccepted(Connection connection)
    {
        if (_stopped)
        {
            connection.Close();
            return;
        }

        if (_open.Count >= MaxConnections)
        {
            _overflow.Increment();
            connection.Close();
            RefillReserve();
            return;
        }

        var exchange = new AdminExchange(this, connection);
        _open.Add(exchange);
        exchange.Start();
    }

    private void OnAcceptFailed(Listener listener, SocketError error)
    {
        _acceptFailures.Increment();
        if (error != SocketError.TooManyOpenSockets || _reserve is null)
        {
            return;
        }

        _reserve.Dispose();
        _reserve = null;
        if (!_reserveReleased)
        {
            _reserveReleased = true;
            _server.Logger.LogWarning("Admin {Address}: out of file descriptors ({Error}); serving admin requests one at a time on the reserved descriptor.", Address, error);
        }
    }

    // Takes a descriptor back into reserve (the one an admin connection just closed, usually); none free: later.
    private void RefillReserve()
    {
        if (_reserve is not null || _stopped)
        {
            return;
        }

        try
        {
            _reserve = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            if (_reserveReleased)
            {
                _reserveReleased = false;
                _server.Logger.LogInformation("Admin {Address}: descriptor reserve restored.", Address);
            }
        }
        catch (SocketException)
        {
            // Still out of descriptors: the next admin connection to close gives it another try.
        }
    }

    private void Stop()
    {
        _stopped = true;
        _listener?.Dispose();
        foreach (AdminExchange exchange in _open.ToArray())
        {
            exchange.Abort();
        }

        _reserve?.Dispose();
        _reserve = null;
    }
}
