using System.Collections.Generic;
using System.Net;

namespace EdgeProxy;

/// <summary>The embedded default: 127.0.0.1:10000 → two echo upstreams, health-checked, admin on 127.0.0.1:9901.</summary>
public static class DefaultConfig
{
    public static ProxyConfig For(IPEndPoint upstreamA, IPEndPoint upstreamB) => ProxyConfig.Validate(
        new ProxyConfigFile
        {
            Listeners = [new ListenerConfig { Name = "edge", Address = "127.0.0.1:10000", Cluster = "echo" }],
            Clusters =
            [
                new ClusterConfig
                {
                    Name = "echo",
                    LbPolicy = "round_robin",
                    Endpoints = new List<string> { upstreamA.ToString(), upstreamB.ToString() },
                    HealthCheck = new HealthCheckConfig { IntervalMs = 1000, TimeoutMs = 500, HealthyThreshold = 1, UnhealthyThreshold = 2 },
                },
            ],
            Admin = new AdminConfig { Address = "127.0.0.1:9901" },
        },
        "embedded default");
}
