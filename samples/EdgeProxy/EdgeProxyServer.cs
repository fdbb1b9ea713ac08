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
    private const int BufferSize = 32 * 1024;

    private readonly WorkerPool _pool;
    private readonly ILogger _logger;
    private readonly List<Socket> _listeners = new();
    private readonly List<Task> _acceptLoops = new();
    private readonly CancellationTokenSource _stopAccepting = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly HealthChecker _health;
    // Stat handles resolved once per listener and cluster: a connection touches them without building names.
    private readonly ConcurrentDictionary<string, ListenerStats> _listenerStats = new();
    private readonly ConcurrentDictionary<string, ClusterStats> _clusterStats = new();
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
        await WorkerBalancers.InitializeAsync(pool, _ => new WorkerBalancers());
        await ClusterTable.PublishAsync(pool, ClusterTable.From(config, ++server._version, previous: null));
        server.StartListeners();
        if (config.Admin is { } admin)
        {
            server._admin = AdminServer.Start(server, admin);
        }

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

    private void StartListeners()
    {
        var bound = new Dictionary<string, IPEndPoint>();
        bool reusePort = OperatingSystem.IsLinux();
        foreach (ListenerSpec listener in Config.Listeners)
        {
            IPAddress address = IPAddress.Parse(listener.Address.Host);
            int port = listener.Address.Port;
            if (reusePort)
            {
                // One socket per worker on the same port: the kernel spreads connections and each is accepted on,
                // and lives on, the worker that owns the socket.
                foreach (Dispatcher worker in _pool.Workers)
                {
                    Socket socket = Bind(address, port, reusePort: true);
                    port = ((IPEndPoint)socket.LocalEndPoint!).Port;
                    bound[listener.Name] = (IPEndPoint)socket.LocalEndPoint!;
                    StartAcceptLoop(socket, listener, worker);
                }
            }
            else
            {
                Socket socket = Bind(address, port, reusePort: false);
                bound[listener.Name] = (IPEndPoint)socket.LocalEndPoint!;
                StartAcceptLoop(socket, listener, dispatcher: null);
            }
        }

        ListenerAddresses = bound;
    }

    private Socket Bind(IPAddress address, int port, bool reusePort)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        if (reusePort)
        {
            const int SolSocket = 1;
            const int SoReusePort = 15;
            socket.SetRawSocketOption(SolSocket, SoReusePort, BitConverter.GetBytes(1));
        }

        socket.Bind(new IPEndPoint(address, port));
        socket.Listen(1024);
        _listeners.Add(socket);
        return socket;
    }

    private void StartAcceptLoop(Socket socket, ListenerSpec listener, Dispatcher? dispatcher)
    {
        var started = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (dispatcher is not null)
        {
            // Started on the worker: every await in the loop resumes there, so accepted sockets are born on it.
            dispatcher.Post(() => started.SetResult(AcceptOnWorkerAsync(socket, listener)));
            _acceptLoops.Add(started.Task.Unwrap());
        }
        else
        {
            _acceptLoops.Add(AcceptAndHandOffAsync(socket, listener));
        }
    }

    private async Task AcceptOnWorkerAsync(Socket listener, ListenerSpec spec)
    {
        while (!_stopAccepting.IsCancellationRequested)
        {
            Socket downstream = await listener.AcceptAsync(_stopAccepting.Token);
            _ = ServeAsync(downstream, spec);
        }
    }

    private async Task AcceptAndHandOffAsync(Socket listener, ListenerSpec spec)
    {
        int next = 0;
        while (!_stopAccepting.IsCancellationRequested)
        {
            Socket downstream = await listener.AcceptAsync(_stopAccepting.Token);
            Dispatcher worker = _pool.Workers[next++ % _pool.Workers.Count];
            if (!worker.TryPost(static s => _ = s.Server.ServeAsync(s.Socket, s.Spec), (Server: this, Socket: downstream, Spec: spec)))
            {
                downstream.Dispose();
            }
        }
    }

    /// <summary>On the connection's worker, for its whole life.</summary>
    private async Task ServeAsync(Socket downstream, ListenerSpec listener)
    {
        Interlocked.Increment(ref _open);
        ListenerStats stats = StatsFor(listener);
        stats.Total.Increment();
        stats.Active.Increment();
        WorkerTraffic traffic = WorkerTraffic.Opened(_pool.Stats);
        HostPort? chosen = null;
        Balancer? balancer = null;
        try
        {
            using (downstream)
            {
                downstream.NoDelay = true;
                ClusterTable table = ClusterTable.Current;
                balancer = WorkerBalancers.Current.For(table, listener.Cluster);
                if (balancer is null)
                {
                    return;
                }

                (Socket? upstream, chosen) = await ConnectAsync(balancer);
                if (upstream is null)
                {
                    StatsFor(listener.Cluster).NoneHealthy.Increment();
                    return;
                }

                using (upstream)
                {
                    balancer.Started(chosen!);
                    traffic.Forwarded();
                    StatsFor(listener.Cluster).UpstreamTotal.Increment();
                    await Task.WhenAll(PumpAsync(downstream, upstream, stats.BytesRx), PumpAsync(upstream, downstream, stats.BytesTx));
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            if (chosen is not null)
            {
                balancer?.Finished(chosen);
            }

            stats.Active.Decrement();
            traffic.Closed();
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task<(Socket?, HostPort?)> ConnectAsync(Balancer balancer)
    {
        ImmutableArray<HostPort> candidates = balancer.Candidates();
        foreach (HostPort endpoint in candidates)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
            timeout.CancelAfter(balancer.Cluster.ConnectTimeout);
            try
            {
                await socket.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
                return (socket, endpoint);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                // Next healthy endpoint; the failure is counted where the connection lives.
                StatsFor(balancer.Cluster.Name).ConnectFail.Increment();
                socket.Dispose();
                if (_abort.IsCancellationRequested)
                {
                    break;
                }
            }
        }

        return (null, null);
    }

    private async Task PumpAsync(Socket from, Socket to, Counter bytes)
    {
        byte[] buffer = GC.AllocateUninitializedArray<byte>(BufferSize);
        while (true)
        {
            int read = await from.ReceiveAsync(buffer, SocketFlags.None, _abort.Token);
            if (read == 0)
            {
                // Half-close: pass the FIN on, keep the other direction flowing.
                try
                {
                    to.Shutdown(SocketShutdown.Send);
                }
                catch (SocketException)
                {
                }

                return;
            }

            bytes.Increment(read);
            int sent = 0;
            while (sent < read)
            {
                sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, _abort.Token);
            }
        }
    }

    private ListenerStats StatsFor(ListenerSpec listener) =>
        _listenerStats.GetOrAdd(listener.Name, static (name, store) =>
        {
            KeyValuePair<string, string>[] tag = [new("listener", name)];
            return new ListenerStats(
                store.Counter("edge.downstream_cx_total", tag),
                store.Gauge("edge.downstream_cx_active", GaugeCombine.Sum, tag),
                store.Counter("edge.downstream_bytes_rx", tag),
                store.Counter("edge.downstream_bytes_tx", tag));
        }, _pool.Stats);

    private ClusterStats StatsFor(string cluster) =>
        _clusterStats.GetOrAdd(cluster, static (name, store) =>
        {
            KeyValuePair<string, string>[] tag = [new("cluster", name)];
            return new ClusterStats(
                store.Counter("edge.upstream_cx_total", tag),
                store.Counter("edge.upstream_cx_connect_fail", tag),
                store.Counter("edge.upstream_cx_none_healthy", tag));
        }, _pool.Stats);

    private sealed record ListenerStats(Counter Total, Gauge Active, Counter BytesRx, Counter BytesTx);

    private sealed record ClusterStats(Counter UpstreamTotal, Counter ConnectFail, Counter NoneHealthy);

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
