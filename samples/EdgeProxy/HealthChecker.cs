using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Net;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// Active TCP health checks, run on main: each endpoint of each cluster with a health check is connected to every
/// interval; consecutive results past the thresholds flip its health, and the flip is published to every worker.
/// </summary>
internal sealed class HealthChecker(EdgeProxyServer server)
{
    private readonly Dictionary<(string Cluster, HostPort Endpoint), (int Passes, int Failures, bool Healthy)> _state = new();
    private DispatcherTimer? _timer;
    private bool _stopped;
    private bool _running;

    /// <summary>Main thread.</summary>
    public void Start()
    {
        _timer = server.Pool.Main.CreateTimer(() => _ = TickAsync());
        ArmNext();
    }

    /// <summary>Main thread: endpoints may have changed; keep what still exists.</summary>
    public void Reset()
    {
        var live = new HashSet<(string, HostPort)>();
        foreach (ClusterSpec cluster in server.Config.Clusters)
        {
            foreach (HostPort endpoint in cluster.Endpoints)
            {
                live.Add((cluster.Name, endpoint));
            }
        }

        foreach (var key in new List<(string, HostPort)>(_state.Keys))
        {
            if (!live.Contains(key))
            {
                _state.Remove(key);
            }
        }
    }

    public void Stop() => _stopped = true;

    private void ArmNext()
    {
        TimeSpan? interval = null;
        foreach (ClusterSpec cluster in server.Config.Clusters)
        {
            if (cluster.HealthCheck is { } check && (interval is null || check.Interval < interval))
            {
                interval = check.Interval;
            }
        }

        // Without health checks, look again later in case a reload adds some.
        _timer!.Enable(interval ?? TimeSpan.FromSeconds(1));
    }

    private async Task TickAsync()
    {
        if (_stopped || _running)
        {
            return;
        }

        _running = true;
        try
        {
            var checks = new List<Task<(ClusterSpec Cluster, HostPort Endpoint, bool Passed)>>();
            foreach (ClusterSpec cluster in server.Config.Clusters)
            {
                if (cluster.HealthCheck is { } spec)
                {
                    foreach (HostPort endpoint in cluster.Endpoints)
                    {
                        checks.Add(ProbeAsync(cluster, endpoint, spec.Timeout));
                    }
                }
            }

            foreach (var (cluster, endpoint, passed) in await Task.WhenAll(checks))
            {
                await RecordAsync(cluster, endpoint, passed);
            }
        }
        finally
        {
            _running = false;
            if (!_stopped)
            {
                ArmNext();
            }
        }
    }

    // A probe is a Weft.Net connection on main's loop: its connect timeout counts from the connect call and takes the
    // kernel's verdict, so a busy process never turns a connect the endpoint accepted into a failed probe.
    private Task<(ClusterSpec, HostPort, bool)> ProbeAsync(ClusterSpec cluster, HostPort endpoint, TimeSpan timeout)
    {
        var result = new TaskCompletionSource<(ClusterSpec, HostPort, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            Connection.Connect(server.Pool.Main, endpoint.ToEndPoint(), static (_, _) => { }, (connection, connectionEvent) =>
            {
                if (connectionEvent == ConnectionEvent.Connected)
                {
                    result.TrySetResult((cluster, endpoint, true));
                    connection.Close();
                }
                else if (connectionEvent == ConnectionEvent.Closed)
                {
                    result.TrySetResult((cluster, endpoint, false));
                }
            }, new ConnectionOptions { ConnectTimeout = timeout });
        }
        catch (SocketException)
        {
            // No socket to probe with (out of descriptors): the probe fails.
            result.TrySetResult((cluster, endpoint, false));
        }

        return result.Task;
    }

    private async Task RecordAsync(ClusterSpec cluster, HostPort endpoint, bool passed)
    {
        var key = (cluster.Name, endpoint);
        var (passes, failures, healthy) = _state.TryGetValue(key, out var known) ? known : (0, 0, true);
        passes = passed ? passes + 1 : 0;
        failures = passed ? 0 : failures + 1;
        HealthCheckSpec spec = cluster.HealthCheck!;
        bool next = healthy ? failures < spec.UnhealthyThreshold : passes >= spec.HealthyThreshold;
        _state[key] = (passes, failures, next);
        if (next != healthy)
        {
            server.Pool.Stats.Counter("edge.health_transitions", [new("cluster", cluster.Name)]).Increment();
            server.Logger.LogWarning("Endpoint {Endpoint} of cluster {Cluster} is now {Health}.", endpoint, cluster.Name, next ? "healthy" : "unhealthy");
            await server.PublishHealthAsync(cluster.Name, endpoint, next);
        }
    }
}
