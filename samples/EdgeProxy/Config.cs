using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EdgeProxy;

/// <summary>The JSON configuration: listeners, clusters, admin. Validated into a <see cref="ProxyConfig"/>.</summary>
public sealed class ProxyConfigFile
{
    public List<ListenerConfig> Listeners { get; set; } = new();

    public List<ClusterConfig> Clusters { get; set; } = new();

    public AdminConfig? Admin { get; set; }
}

public sealed class ListenerConfig
{
    public string Name { get; set; } = "";

    public string Address { get; set; } = "127.0.0.1:10000";

    public string Cluster { get; set; } = "";
}

public sealed class ClusterConfig
{
    public string Name { get; set; } = "";

    /// <summary><c>round_robin</c> (default) or <c>least_request</c>.</summary>
    public string LbPolicy { get; set; } = "round_robin";

    public List<string> Endpoints { get; set; } = new();

    public HealthCheckConfig? HealthCheck { get; set; }

    public int ConnectTimeoutMs { get; set; } = 1000;
}

public sealed class HealthCheckConfig
{
    public int IntervalMs { get; set; } = 1000;

    public int TimeoutMs { get; set; } = 500;

    public int HealthyThreshold { get; set; } = 1;

    public int UnhealthyThreshold { get; set; } = 2;
}

public sealed class AdminConfig
{
    public string Address { get; set; } = "127.0.0.1:9901";
}

/// <summary>A host and port, immutable (System.Net.IPEndPoint has setters).</summary>
public sealed record HostPort(string Host, int Port)
{
    /// <summary>Parses host:port; <paramref name="allowAnyPort"/> accepts port 0 (bind to any free port).</summary>
    public static HostPort Parse(string text, string what, bool allowAnyPort = false)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), out int port) || port > 65535 || port < (allowAnyPort ? 0 : 1))
        {
            throw new ConfigException($"{what}: '{text}' is not host:port.");
        }

        return new HostPort(text[..colon], port);
    }

    public override string ToString() => $"{Host}:{Port}";
}

public enum LbPolicy
{
    RoundRobin,
    LeastRequest,
}

/// <summary>A validated configuration. Immutable.</summary>
public sealed record ProxyConfig(
    ImmutableArray<ListenerSpec> Listeners,
    ImmutableArray<ClusterSpec> Clusters,
    HostPort? Admin)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static ProxyConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ConfigException($"cannot read {path}: {ex.Message}");
        }

        return Parse(text, path);
    }

    public static ProxyConfig Parse(string json, string source)
    {
        ProxyConfigFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ProxyConfigFile>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new ConfigException($"{source}: invalid JSON at line {ex.LineNumber + 1}: {ex.Message}");
        }

        return Validate(file ?? throw new ConfigException($"{source}: empty configuration."), source);
    }

    public static ProxyConfig Validate(ProxyConfigFile file, string source)
    {
        var clusters = file.Clusters.Select(c => ClusterSpec.From(c, source)).ToImmutableArray();
        var duplicate = clusters.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException($"{source}: cluster '{duplicate.Key}' is defined twice.");
        }

        var listeners = file.Listeners.Select((l, i) =>
        {
            string name = string.IsNullOrWhiteSpace(l.Name) ? $"listener_{i}" : l.Name;
            if (!clusters.Any(c => c.Name == l.Cluster))
            {
                throw new ConfigException($"{source}: listener '{name}' routes to unknown cluster '{l.Cluster}'.");
            }

            return new ListenerSpec(name, HostPort.Parse(l.Address, $"{source}: listener '{name}' address", allowAnyPort: true), l.Cluster);
        }).ToImmutableArray();
        HostPort? admin = file.Admin is null ? null : HostPort.Parse(file.Admin.Address, $"{source}: admin address", allowAnyPort: true);
        return new ProxyConfig(listeners, clusters, admin);
    }
}

public sealed record ListenerSpec(string Name, HostPort Address, string Cluster);

public sealed record HealthCheckSpec(TimeSpan Interval, TimeSpan Timeout, int HealthyThreshold, int UnhealthyThreshold);

public sealed record ClusterSpec(string Name, LbPolicy Policy, ImmutableArray<HostPort> Endpoints, HealthCheckSpec? HealthCheck, TimeSpan ConnectTimeout)
{
    public static ClusterSpec From(ClusterConfig config, string source)
    {
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw new ConfigException($"{source}: a cluster has no name.");
        }

        if (config.Endpoints.Count == 0)
        {
            throw new ConfigException($"{source}: cluster '{config.Name}' has no endpoints.");
        }

        LbPolicy policy = config.LbPolicy switch
        {
            "round_robin" or "" => LbPolicy.RoundRobin,
            "least_request" => LbPolicy.LeastRequest,
            _ => throw new ConfigException($"{source}: cluster '{config.Name}' has unknown lb_policy '{config.LbPolicy}' (round_robin or least_request)."),
        };
        HealthCheckSpec? health = config.HealthCheck is { } h
            ? h.IntervalMs <= 0 || h.TimeoutMs <= 0 || h.HealthyThreshold <= 0 || h.UnhealthyThreshold <= 0
                ? throw new ConfigException($"{source}: cluster '{config.Name}' health_check values must be positive.")
                : new HealthCheckSpec(TimeSpan.FromMilliseconds(h.IntervalMs), TimeSpan.FromMilliseconds(h.TimeoutMs), h.HealthyThreshold, h.UnhealthyThreshold)
            : null;
        var endpoints = config.Endpoints.Select(e => HostPort.Parse(e, $"{source}: cluster '{config.Name}' endpoint")).ToImmutableArray();
        return new ClusterSpec(config.Name, policy, endpoints, health, TimeSpan.FromMilliseconds(Math.Max(1, config.ConnectTimeoutMs)));
    }
}

/// <summary>A configuration that cannot be used, with a message saying where and why.</summary>
public sealed class ConfigException(string message) : Exception(message);
