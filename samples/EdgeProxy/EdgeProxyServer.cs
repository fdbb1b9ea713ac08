using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft;
using Weft.Net;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// An L4 TCP proxy built the way Envoy is: every worker accepts on its own listening socket (SO_REUSEPORT; a listener's
/// <c>"balance": "kernel"</c>, the default) or main accepts and hands each connection to the worker with the fewest
/// open (<c>"exact"</c>, a <see cref="BalancedListener"/>), and that worker owns the connection for its whole life, on its loop (Weft.Net listeners and connections: readiness, reads, writes,
/// timers and closes all run there); clusters are an immutable <see cref="ClusterTable"/> published by main; each
/// worker balances with its own <see cref="WorkerBalancers"/>; health checks run on main; stats are per worker.
/// </summary>
public sealed class EdgeProxyServer : IAsyncDisposable
{
    private readonly WorkerPool _pool;
    private readonly ILogger _logger;
    // Bound at start-up on the calling thread, owned by the workers' listeners once adopted.
    private readonly List<Socket> _unadoptedSockets = new();
    // Per worker (index = worker index): its listeners and their connections, touched only on that worker's loop.
    private readonly List<List<ProxySessions>> _sessions = new();
    private readonly HealthChecker _health;
    // Stat handles resolved once per listener, cluster and endpoint: a connection touches them without building names.
    private readonly Dictionary<string, ListenerState> _listenerStates = new();
    private readonly ConcurrentDictionary<string, ClusterStats> _clusterStats = new();
    private readonly ConcurrentDictionary<(string Cluster, HostPort Endpoint), Gauge> _endpointActive = new();
    private ProxyConfig _config;
    private long _version;
    private bool _stoppedAccepting;

    // Set once, by the drain, before the listeners stop; read by the admin's /ready on main (a plain flag that only
    // ever goes from false to true: a reader that sees it late answers LIVE one request longer).
    private volatile bool _draining;
    private FileSystemWatcher? _watcher;
    private AdminServer? _admin;

    private EdgeProxyServer(WorkerPool pool, ProxyConfig config, ILogger logger)
    {
        _pool = pool;
        _config = config;
        _logger = logger;
        _health = new HealthChecker(this);
    }

    public WorkerPool Pool => _pool;

    public ILogger Logger => _logger;

    /// <summary>The bound address of each listener (ports resolved when configured as 0).</summary>
    public IReadOnlyDictionary<string, IPEndPoint> ListenerAddresses { get; private set; } = new Dictionary<string, IPEndPoint>();

    public IPEndPoint? AdminAddress => _admin?.Address;

    public ProxyConfig Config => Volatile.Read(ref _config);

    /// <summary>Connections open now (all workers).</summary>
    public long OpenConnections => Interlocked.Read(ref OpenCount);

    /// <summary>Connections open now; written by the workers with interlocked operations.</summary>
    internal long OpenCount;

    /// <summary>
    /// Connections the process may hold at once, all listeners together (<see cref="ConnectionLimits.ProcessBudget"/>);
    /// set once before any worker accepts.
    /// </summary>
    internal long ConnectionBudget = long.MaxValue;

    /// <summary>1 while the budget is full and its warning has been logged; back to 0 once a connection closes below it.</summary>
    private int _budgetFullLogged;

    /// <summary>On a worker: a connection refused because every descriptor but the reserve is taken (logged once per episode).</summary>
    internal void OnBudgetFull(string listener)
    {
        if (Interlocked.Exchange(ref _budgetFullLogged, 1) == 0)
        {
            _logger.LogWarning(
                "Listener '{Name}': {Open} connections in all reach the budget the file-descriptor limit allows (limit {Limit}, {OpenAtStart} open at start-up, {Reserved} reserved); new connections are closed at once and counted as overflow until some close.",
                listener, Interlocked.Read(ref OpenCount), _fileDescriptorLimit, _descriptorsOpenAtStart, ConnectionLimits.ReservedDescriptors);
        }
    }

    /// <summary>On a worker: a connection closed; the next refusal for the budget is logged again.</summary>
    internal void OnConnectionClosed()
    {
        if (Volatile.Read(ref _budgetFullLogged) != 0 && Interlocked.Read(ref OpenCount) < ConnectionBudget)
        {
            Volatile.Write(ref _budgetFullLogged, 0);
        }
    }

    private long _fileDescriptorLimit;
    private int _descriptorsOpenAtStart;

    /// <summary>Config reloads rejected as invalid.</summary>
    public int RejectedReloads { get; private set; }

    public static async Task<EdgeProxyServer> StartAsync(WorkerPool pool, ProxyConfig config, ILogger logger, string? watchPath = null)
    {
        var server = new EdgeProxyServer(pool, config, logger);
        server.BindListeners();
        try
        {
            if (config.Admin is { } admin)
            {
                server._admin = await AdminServer.StartAsync(server, admin);
            }
        }
        catch
        {
            server._unadoptedSockets.ForEach(s => s.Dispose());
            throw;
        }

        await WorkerBalancers.InitializeAsync(pool, _ => new WorkerBalancers());
        await ClusterTable.PublishAsync(pool, ClusterTable.From(config, ++server._version, previous: null));
        await server.StartListenersAsync();

        pool.Main.Post(server._health.Start);
        if (watchPath is not null)
        {
            server.Watch(watchPath);
        }

        return server;
    }

    /// <summary>Validate-then-publish, on main. A bad file is reported and the running config stays.</summary>
    public Task<bool> ReloadAsync(string path)
    {
        var result = new TaskCompletionSource<Task<bool>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pool.Main.Post(() => result.SetResult(ReloadOnMainAsync(path)));
        return result.Task.Unwrap();
    }

    private async Task<bool> ReloadOnMainAsync(string path)
    {
        ProxyConfig next;
        try
        {
            next = ProxyConfig.Load(path);
        }
        catch (ConfigException ex)
        {
            RejectedReloads++;
            _pool.Stats.Counter("edge.config_reload_rejected").Increment();
            _logger.LogError("Config reload rejected, keeping the running config: {Reason}", ex.Message);
            return false;
        }

        if (Config.Listeners.FirstOrDefault(l => !next.Clusters.Any(c => c.Name == l.Cluster)) is { } orphan)
        {
            RejectedReloads++;
            _pool.Stats.Counter("edge.config_reload_rejected").Increment();
            _logger.LogError("Config reload rejected, keeping the running config: {Path} has no cluster '{Cluster}', which running listener '{Listener}' routes to (listener changes need a restart).", path, orphan.Cluster, orphan.Name);
            return false;
        }

        if (!next.Listeners.SequenceEqual(Config.Listeners))
        {
            _logger.LogWarning("Listener changes need a restart; applying cluster changes only.");
        }

        Volatile.Write(ref _config, Config with { Clusters = next.Clusters });
        ClusterTable current = ClusterTable.Current;
        await ClusterTable.PublishAsync(_pool, ClusterTable.From(Config, Interlocked.Increment(ref _version), current));
        _pool.Stats.Counter("edge.config_reloads").Increment();
        _health.Reset();
        _logger.LogInformation("Config reloaded from {Path}: {Clusters} clusters.", path, next.Clusters.Length);
        return true;
    }

    /// <summary>Main thread: publishes a health transition to every worker.</summary>
    internal async Task PublishHealthAsync(string cluster, HostPort endpoint, bool healthy)
    {
        ClusterTable current = ClusterTable.Current;
        await ClusterTable.PublishAsync(_pool, current.WithHealth(cluster, endpoint, healthy, Interlocked.Increment(ref _version)));
    }

    /// <summary>The table main holds (main is a pool thread too and has its own copy).</summary>
    /// <summary>Each listener's connection cap (configured, or derived from the file-descriptor limit).</summary>
    public IReadOnlyDictionary<string, int> ConnectionCaps => _listenerStates.ToDictionary(l => l.Key, l => l.Value.Cap);

    /// <summary>
    /// True from the start of <see cref="DrainAsync"/> on: <c>/ready</c> then answers <c>503 DRAINING</c> (Envoy's
    /// server state), so a load balancer polling it stops sending new clients while the open ones finish.
    /// </summary>
    public bool IsDraining => _draining;

    public Task<ClusterTable> CurrentTableAsync()
    {
        var result = new TaskCompletionSource<ClusterTable>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pool.Main.Post(() => result.SetResult(ClusterTable.Current));
        return result.Task;
    }

    /// <summary>Stop accepting, let open connections finish up to <paramref name="timeout"/>, then cut the rest.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        _draining = true;
        if (!_stoppedAccepting)
        {
            _stoppedAccepting = true;
            await OnEveryWorkerAsync(sessions => sessions.StopListening());
            try
            {
                await _pool.Main.InvokeAsync(DisposeBalancedListeners);
            }
            catch (ObjectDisposedException)
            {
                // Main's loop has exited, and closed the listeners it owned.
            }
        }

        DateTime deadline = DateTime.UtcNow + timeout;
        while (OpenConnections > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        if (OpenConnections > 0)
        {
            await OnEveryWorkerAsync(sessions => sessions.AbortAll());
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await DrainAsync(TimeSpan.Zero);
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        _health.Stop();
    }

    // Binds every listener before anything else starts: a taken address fails start-up, and nothing is left behind.
    private void BindListeners()
    {
        var bound = new Dictionary<string, IPEndPoint>();
        var socketsByListener = new Dictionary<string, List<Socket>>();
        bool reusePort = OperatingSystem.IsLinux();
        try
        {
            foreach (ListenerSpec listener in Config.Listeners)
            {
                // Kernel balance: one socket per worker on the same port (Linux): the kernel spreads connections and
                // each is accepted on, and lives on, the worker whose loop owns the socket. Elsewhere one socket, on
                // the first worker. Exact balance: one exclusive socket, holding the address until main's
                // BalancedListener takes it over (StartListenersAsync).
                bool perWorker = reusePort && listener.Balance == ConnectionBalance.Kernel;
                List<Socket> sockets = ListenerBinder.Bind($"listener '{listener.Name}'", listener.Address.ToEndPoint(), perWorker ? _pool.Workers.Count : 1, backlog: 1024);
                _unadoptedSockets.AddRange(sockets);
                bound[listener.Name] = (IPEndPoint)sockets[0].LocalEndPoint!;
                socketsByListener[listener.Name] = sockets;
            }
        }
        catch
        {
            _unadoptedSockets.ForEach(s => s.Dispose());
            _unadoptedSockets.Clear();
            throw;
        }

        // Counted once everything that stays open is: the budget is what the limit leaves for proxied connections.
        _fileDescriptorLimit = ConnectionLimits.FileDescriptorLimit();
        _descriptorsOpenAtStart = ConnectionLimits.DescriptorsOpen();
        ConnectionBudget = ConnectionLimits.ProcessBudget(_fileDescriptorLimit, _descriptorsOpenAtStart);
        foreach (ListenerSpec listener in Config.Listeners)
        {
            int cap = listener.MaxConnections > 0 ? listener.MaxConnections : ConnectionLimits.DefaultPerListener(_fileDescriptorLimit, _descriptorsOpenAtStart, Config.Listeners.Length);
            _listenerStates[listener.Name] = new ListenerState(listener, StatsFor(listener), socketsByListener[listener.Name], cap, _pool.Workers.Count);
        }

        ListenerAddresses = bound;
        var caps = _listenerStates.Values.Select(l => (l.Spec.Name, l.Cap, l.Spec.MaxConnections > 0)).ToList();
        foreach (string warning in ConnectionLimits.OverLimitWarnings(caps, _fileDescriptorLimit, _descriptorsOpenAtStart))
        {
            _logger.LogWarning("{Warning}", warning);
        }
    }

    // Each worker's loop takes over its listening sockets: from here on it accepts, reads, writes and closes its own
    // connections (Weft.Net), with no other thread involved.
    private async Task StartListenersAsync()
    {
        _logger.LogInformation(
            "File descriptors: limit {Limit}, {Open} open at start-up, {Reserved} reserved: at most {Budget} proxied connections in all.",
            _fileDescriptorLimit, _descriptorsOpenAtStart, ConnectionLimits.ReservedDescriptors, ConnectionBudget);
        foreach (ListenerState listener in _listenerStates.Values)
        {
            _logger.LogInformation("Listener '{Name}' on {Address}: at most {Cap} connections, idle timeout {Idle}.", listener.Spec.Name, ListenerAddresses[listener.Spec.Name], listener.Cap, listener.Spec.IdleTimeout);
        }

        var started = new List<Task>();
        for (int i = 0; i < _pool.Workers.Count; i++)
        {
            int worker = i;
            var sessions = new List<ProxySessions>();
            foreach (ListenerState listener in _listenerStates.Values)
            {
                if (listener.Exact || worker < listener.Sockets.Count)
                {
                    var session = new ProxySessions(this, listener);
                    sessions.Add(session);
                    if (listener.Exact)
                    {
                        listener.SessionsByWorker[worker] = session;
                    }
                }
            }

            _sessions.Add(sessions);
            started.Add(_pool.Workers[worker].InvokeAsync(() =>
            {
                int index = 0;
                foreach (ListenerState listener in _listenerStates.Values)
                {
                    if (listener.Exact)
                    {
                        index++;
                    }
                    else if (worker < listener.Sockets.Count)
                    {
                        sessions[index++].Listen(_pool.Workers[worker], listener.Sockets[worker]);
                    }
                }

                return true;
            }));
        }

        await Task.WhenAll(started);
        try
        {
            await _pool.Main.InvokeAsync(OpenBalancedListeners);
        }
        finally
        {
            _unadoptedSockets.Clear();
        }
    }

    // On main: each exact-balance listener's socket is replaced by a BalancedListener on the same address, which
    // accepts here and hands every connection to the worker with the fewest open (FewestConnectionsBalancer). The
    // placeholder socket held the address since BindListeners; it is closed just before the listener binds, so the
    // address is never free for longer than that step (the same window as the SO_REUSEPORT group's bind).
    private void OpenBalancedListeners()
    {
        foreach (ListenerState listener in _listenerStates.Values.Where(l => l.Exact))
        {
            IPEndPoint address = ListenerAddresses[listener.Spec.Name];
            foreach (Socket placeholder in listener.Sockets)
            {
                placeholder.Dispose();
            }

            ProxySessions[] byWorker = listener.SessionsByWorker;
            var options = new BalancedListenerOptions
            {
                Balancer = new FewestConnectionsBalancer(),
                Backlog = 1024,
                Connection = ProxySessions.DownstreamOptions(listener.Spec),
                Logger = new AcceptFailureLog(_logger, listener),
            };
            try
            {
                listener.Balanced = BalancedListener.Open(_pool.Main, _pool.Workers, address, connection => SessionsOn(byWorker, connection).Accept(connection), options);
            }
            catch (SocketException ex)
            {
                DisposeBalancedListeners();
                throw new AddressInUseException($"listener '{listener.Spec.Name}': cannot bind {address}: {ex.Message}.", ex);
            }
        }
    }

    // The worker's own sessions for a connection handed to it: the array is filled before the listener opens and
    // never written afterwards, and each worker reads only its own entry.
    private ProxySessions SessionsOn(ProxySessions[] byWorker, Connection connection)
    {
        for (int i = 0; i < byWorker.Length; i++)
        {
            if (ReferenceEquals(_pool.Workers[i], connection.Dispatcher))
            {
                return byWorker[i];
            }
        }

        throw new InvalidOperationException($"A connection was handed to {connection.Dispatcher}, which is no worker of this proxy.");
    }

    // On main (the balanced listeners' accepting loop).
    private void DisposeBalancedListeners()
    {
        foreach (ListenerState listener in _listenerStates.Values)
        {
            listener.Balanced?.Dispose();
            listener.Balanced = null;
        }
    }

    // Runs on each worker's loop (the sessions are that loop's), and waits for all of them; a loop already gone is skipped.
    private async Task OnEveryWorkerAsync(Action<ProxySessions> action)
    {
        var done = new List<Task>();
        for (int i = 0; i < _sessions.Count; i++)
        {
            List<ProxySessions> sessions = _sessions[i];
            try
            {
                done.Add(_pool.Workers[i].InvokeAsync(() =>
                {
                    sessions.ForEach(action);
                    return true;
                }));
            }
            catch (ObjectDisposedException)
            {
                // The worker's loop has exited, and closed what it owned.
            }
        }

        try
        {
            await Task.WhenAll(done);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    internal Gauge EndpointActive(string cluster, HostPort endpoint) =>
        _endpointActive.GetOrAdd((cluster, endpoint), static (key, store) =>
            store.Gauge("edge.upstream_cx_active", GaugeCombine.Sum, [new("cluster", key.Cluster), new("endpoint", key.Endpoint.ToString())]), _pool.Stats);

    private ListenerStats StatsFor(ListenerSpec listener)
    {
        KeyValuePair<string, string>[] tag = [new("listener", listener.Name)];
        StatsStore store = _pool.Stats;
        return new ListenerStats(
            store.Counter("edge.downstream_cx_total", tag),
            store.Gauge("edge.downstream_cx_active", GaugeCombine.Sum, tag),
            store.Counter("edge.downstream_bytes_rx", tag),
            store.Counter("edge.downstream_bytes_tx", tag),
            store.Counter("edge.downstream_cx_overflow", tag),
            store.Counter("edge.downstream_cx_idle_timeout", tag),
            store.Counter("edge.downstream_cx_reset", tag),
            store.Counter("edge.downstream_cx_no_upstream", tag),
            store.Counter("edge.listener_accept_fail", tag));
    }

    internal ClusterStats StatsFor(string cluster) =>
        _clusterStats.GetOrAdd(cluster, static (name, store) =>
        {
            KeyValuePair<string, string>[] tag = [new("cluster", name)];
            return new ClusterStats(
                store.Counter("edge.upstream_cx_total", tag),
                store.Counter("edge.upstream_cx_connect_fail", tag),
                store.Counter("edge.upstream_cx_connect_timeout", tag));
        }, _pool.Stats);

    /// <summary>A bound listener: its sockets, stats and connection cap; <see cref="Open"/> is shared by its workers.</summary>
    internal sealed class ListenerState(ListenerSpec spec, ListenerStats stats, List<Socket> sockets, int cap, int workers)
    {
        public int Open;

        /// <summary>Accepted on main and handed to the workers (exact balance), rather than one socket per worker.</summary>
        public bool Exact => Spec.Balance == ConnectionBalance.Exact;

        /// <summary>Exact balance: each worker's sessions of this listener, by worker index (filled before it opens).</summary>
        public ProxySessions[] SessionsByWorker { get; } = new ProxySessions[workers];

        /// <summary>Exact balance: the listener accepting on main. Main only.</summary>
        public BalancedListener? Balanced { get; set; }

        public ListenerSpec Spec { get; } = spec;

        public ListenerStats Stats { get; } = stats;

        public IReadOnlyList<Socket> Sockets { get; } = sockets;

        public int Cap { get; } = cap;
    }

    private void Watch(string path)
    {
        string full = Path.GetFullPath(path);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime | NotifyFilters.FileName,
        };
        int pending = 0;
        void Changed(object? sender, FileSystemEventArgs e)
        {
            // Editors write in bursts: coalesce into one reload on main, after a short settle.
            if (Interlocked.Exchange(ref pending, 1) == 0)
            {
                _pool.Main.TryPost(() =>
                {
                    DispatcherTimer? timer = null;
                    timer = _pool.Main.CreateTimer(async () =>
                    {
                        Volatile.Write(ref pending, 0);
                        await ReloadOnMainAsync(full);
                    });
                    timer.Enable(TimeSpan.FromMilliseconds(100));
                });
            }
        }

        _watcher.Changed += Changed;
        _watcher.Created += Changed;
        _watcher.Renamed += (s, e) => Changed(s, e);
        _watcher.EnableRaisingEvents = true;
    }
}
