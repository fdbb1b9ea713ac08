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
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// An L4 TCP proxy built the way Envoy is: every worker accepts on its own listening socket (SO_REUSEPORT) and owns
/// each connection for its whole life; clusters are an immutable <see cref="ClusterTable"/> published by main; each
/// worker balances with its own <see cref="WorkerBalancers"/>; health checks run on main; stats are per worker.
/// </summary>
public sealed class EdgeProxyServer : IAsyncDisposable
{
    private static readonly TimeSpan MinAcceptBackoff = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxAcceptBackoff = TimeSpan.FromSeconds(1);

    private readonly WorkerPool _pool;
    private readonly ILogger _logger;
    private readonly List<Socket> _listeners = new();
    private readonly List<Task> _acceptLoops = new();
    private readonly CancellationTokenSource _stopAccepting = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly HealthChecker _health;
    // Stat handles resolved once per listener, cluster and endpoint: a connection touches them without building names.
    private readonly Dictionary<string, ListenerState> _listenerStates = new();
    private readonly ConcurrentDictionary<string, ClusterStats> _clusterStats = new();
    private readonly ConcurrentDictionary<(string Cluster, HostPort Endpoint), Gauge> _endpointActive = new();
    private ProxyConfig _config;
    private long _version;
    private long _open;
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
    public long OpenConnections => Interlocked.Read(ref _open);

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
                server._admin = AdminServer.Start(server, admin);
            }
        }
        catch
        {
            server._listeners.ForEach(s => s.Dispose());
            throw;
        }

        await WorkerBalancers.InitializeAsync(pool, _ => new WorkerBalancers());
        await ClusterTable.PublishAsync(pool, ClusterTable.From(config, ++server._version, previous: null));
        server.StartAcceptLoops();

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

    public Task<ClusterTable> CurrentTableAsync()
    {
        var result = new TaskCompletionSource<ClusterTable>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pool.Main.Post(() => result.SetResult(ClusterTable.Current));
        return result.Task;
    }

    /// <summary>Stop accepting, let open connections finish up to <paramref name="timeout"/>, then cut the rest.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        if (!_stopAccepting.IsCancellationRequested)
        {
            await _stopAccepting.CancelAsync();
            foreach (Socket listener in _listeners)
            {
                listener.Dispose();
            }

            try
            {
                await Task.WhenAll(_acceptLoops);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }

        DateTime deadline = DateTime.UtcNow + timeout;
        while (OpenConnections > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await _abort.CancelAsync();
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
        _stopAccepting.Dispose();
    }

    // Binds every listener before anything else starts: a taken address fails start-up, and nothing is left behind.
    private void BindListeners()
    {
        var bound = new Dictionary<string, IPEndPoint>();
        bool reusePort = OperatingSystem.IsLinux();
        long fdLimit = ConnectionLimits.FileDescriptorLimit();
        try
        {
            foreach (ListenerSpec listener in Config.Listeners)
            {
                // One socket per worker on the same port (Linux): the kernel spreads connections and each is accepted
                // on, and lives on, the worker that owns the socket. Elsewhere one socket hands connections off.
                List<Socket> sockets = ListenerBinder.Bind($"listener '{listener.Name}'", listener.Address.ToEndPoint(), reusePort ? _pool.Workers.Count : 1, backlog: 1024);
                _listeners.AddRange(sockets);
                bound[listener.Name] = (IPEndPoint)sockets[0].LocalEndPoint!;
                int cap = listener.MaxConnections > 0 ? listener.MaxConnections : ConnectionLimits.DefaultPerListener(fdLimit, Config.Listeners.Length);
                _listenerStates[listener.Name] = new ListenerState(listener, StatsFor(listener), sockets, cap);
            }
        }
        catch
        {
            _listeners.ForEach(s => s.Dispose());
            _listeners.Clear();
            throw;
        }

        ListenerAddresses = bound;
    }

    private void StartAcceptLoops()
    {
        foreach (ListenerState listener in _listenerStates.Values)
        {
            _logger.LogInformation("Listener '{Name}' on {Address}: at most {Cap} connections, idle timeout {Idle}.", listener.Spec.Name, ListenerAddresses[listener.Spec.Name], listener.Cap, listener.Spec.IdleTimeout);
            if (listener.Sockets.Count == _pool.Workers.Count && OperatingSystem.IsLinux())
            {
                for (int i = 0; i < listener.Sockets.Count; i++)
                {
                    // Started on the worker: every await in the loop resumes there, so accepted sockets are born on it.
                    Socket socket = listener.Sockets[i];
                    var started = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _pool.Workers[i].Post(() => started.SetResult(AcceptLoopAsync(socket, listener, handOff: false)));
                    _acceptLoops.Add(started.Task.Unwrap());
                }
            }
            else
            {
                _acceptLoops.Add(AcceptLoopAsync(listener.Sockets[0], listener, handOff: true));
            }
        }
    }

    /// <summary>
    /// Accepts until shutdown, whatever accept throws: out of descriptors (or kernel memory) it backs off 10 ms,
    /// doubling to 1 s, and retries; every failure is counted; it never stops for good.
    /// </summary>
    private async Task AcceptLoopAsync(Socket socket, ListenerState listener, bool handOff)
    {
        TimeSpan backoff = MinAcceptBackoff;
        uint next = 0;
        while (!_stopAccepting.IsCancellationRequested)
        {
            Socket downstream;
            try
            {
                downstream = await socket.AcceptAsync(_stopAccepting.Token);
                backoff = MinAcceptBackoff;
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException || _stopAccepting.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException ex)
            {
                listener.Stats.AcceptFail.Increment();
                if (ex.SocketErrorCode is SocketError.ConnectionAborted or SocketError.ConnectionReset)
                {
                    continue; // the client gave up while queued: nothing wrong here
                }

                _logger.LogWarning("Listener '{Name}': accept failed ({Error}); retrying in {Backoff} ms.", listener.Spec.Name, ex.SocketErrorCode, backoff.TotalMilliseconds);
                try
                {
                    await Task.Delay(backoff, _stopAccepting.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = backoff * 2 < MaxAcceptBackoff ? backoff * 2 : MaxAcceptBackoff;
                continue;
            }

            if (Interlocked.Increment(ref listener.Open) > listener.Cap)
            {
                // At the cap: accepted and closed at once, so the client learns now instead of waiting in the backlog.
                Interlocked.Decrement(ref listener.Open);
                listener.Stats.Overflow.Increment();
                downstream.LingerState = new LingerOption(true, 0);
                downstream.Dispose();
                continue;
            }

            if (!handOff)
            {
                _ = ServeAsync(downstream, listener);
            }
            else if (!_pool.Workers[(int)(next++ % (uint)_pool.Workers.Count)].TryPost(static s => _ = s.Server.ServeAsync(s.Socket, s.Listener), (Server: this, Socket: downstream, Listener: listener)))
            {
                Interlocked.Decrement(ref listener.Open);
                downstream.Dispose();
            }
        }
    }

    /// <summary>On the connection's worker, for its whole life.</summary>
    private async Task ServeAsync(Socket downstream, ListenerState listener)
    {
        Interlocked.Increment(ref _open);
        ListenerStats stats = listener.Stats;
        stats.Total.Increment();
        stats.Active.Increment();
        WorkerTraffic traffic = WorkerTraffic.Opened(_pool.Stats);
        HostPort? chosen = null;
        Balancer? balancer = null;
        try
        {
            downstream.NoDelay = true;
            ClusterTable table = ClusterTable.Current;
            balancer = WorkerBalancers.Current.For(table, listener.Spec.Cluster);
            Socket? upstream = null;
            if (balancer is not null)
            {
                (upstream, chosen) = await ConnectAsync(balancer);
            }

            if (upstream is null)
            {
                // No endpoint answered: the client is closed (counted per attempt as upstream_cx_connect_fail).
                stats.NoUpstream.Increment();
                downstream.Dispose();
                return;
            }

            balancer!.Started(chosen!);
            ClusterStats cluster = StatsFor(balancer.Cluster.Name);
            cluster.UpstreamTotal.Increment();
            traffic.Forwarded();
            Gauge endpointActive = EndpointActive(balancer.Cluster.Name, chosen!);
            endpointActive.Increment();
            try
            {
                CloseReason reason = await new ProxiedConnection(downstream, upstream, listener.Spec.IdleTimeout, _abort.Token).RunAsync(stats.BytesRx, stats.BytesTx);
                if (reason == CloseReason.IdleTimeout)
                {
                    stats.IdleTimeout.Increment();
                }
                else if (reason == CloseReason.Reset)
                {
                    stats.Reset.Increment();
                }
            }
            finally
            {
                endpointActive.Decrement();
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            downstream.Dispose();
        }
        finally
        {
            if (chosen is not null)
            {
                balancer?.Finished(chosen);
            }

            stats.Active.Decrement();
            traffic.Closed();
            Interlocked.Decrement(ref listener.Open);
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task<(Socket?, HostPort?)> ConnectAsync(Balancer balancer)
    {
        ImmutableArray<HostPort> candidates = balancer.Candidates();
        ClusterStats stats = StatsFor(balancer.Cluster.Name);
        foreach (HostPort endpoint in candidates)
        {
            (ConnectOutcome outcome, Socket? socket) = await UpstreamConnector.ConnectAsync(endpoint.ToEndPoint(), balancer.Cluster.ConnectTimeout, _abort.Token);
            if (outcome == ConnectOutcome.Connected)
            {
                return (socket, endpoint);
            }

            // Next healthy endpoint, tried after this one failed or timed out.
            stats.ConnectFail.Increment();
            if (outcome == ConnectOutcome.TimedOut)
            {
                stats.ConnectTimeout.Increment();
            }
            else if (outcome == ConnectOutcome.Aborted)
            {
                break;
            }
        }

        return (null, null);
    }

    private Gauge EndpointActive(string cluster, HostPort endpoint) =>
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

    private ClusterStats StatsFor(string cluster) =>
        _clusterStats.GetOrAdd(cluster, static (name, store) =>
        {
            KeyValuePair<string, string>[] tag = [new("cluster", name)];
            return new ClusterStats(
                store.Counter("edge.upstream_cx_total", tag),
                store.Counter("edge.upstream_cx_connect_fail", tag),
                store.Counter("edge.upstream_cx_connect_timeout", tag));
        }, _pool.Stats);

    private sealed record ListenerStats(
        Counter Total, Gauge Active, Counter BytesRx, Counter BytesTx, Counter Overflow, Counter IdleTimeout, Counter Reset, Counter NoUpstream, Counter AcceptFail);

    private sealed record ClusterStats(Counter UpstreamTotal, Counter ConnectFail, Counter ConnectTimeout);

    /// <summary>A bound listener: its sockets, stats and connection cap; <see cref="Open"/> is shared by its workers.</summary>
    private sealed class ListenerState(ListenerSpec spec, ListenerStats stats, List<Socket> sockets, int cap)
    {
        public int Open;

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
