using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EdgeProxy;

/// <summary>The JSON configuration: listeners, clusters, admin. Validated into a <see cref="ProxyConfig"/>.</summary>
public sealed class ProxyConfigFile
{
    public List<ListenerConfig> Listeners { get; set; } = new();

    public List<ClusterConfig> Clusters { get; set; } = new();

    public AdminConfig? Admin
    {
        get => _admin;
        set
        {
            _admin = value;
            AdminIsNull = value is null;
        }
    }

    private AdminConfig? _admin;

    /// <summary>True when the file says <c>"admin": null</c> (leave the key out for no admin).</summary>
    internal bool AdminIsNull { get; private set; }
}

public sealed class ListenerConfig
{
    public string Name { get; set; } = "";

    public string Address { get; set; } = "127.0.0.1:10000";

    public string Cluster { get; set; } = "";

    /// <summary>Connections idle (no byte either way) this long are closed; Envoy's TCP proxy default, 1 hour.</summary>
    public long IdleTimeoutMs { get; set; } = 60 * 60 * 1000;

    /// <summary>
    /// Open connections allowed on this listener, at least 1; left out (null), it is derived from the file-descriptor
    /// limit. 0 is refused rather than read as "derive": the file never gets a default it did not ask for by omission.
    /// </summary>
    public int? MaxConnections { get; set; }

    /// <summary>
    /// How connections are spread over the workers: <c>exact</c> (one socket accepted on main, each connection handed
    /// to the worker with the fewest open, Envoy's <c>exact_balance</c>) or <c>kernel</c> (one socket per worker,
    /// <c>SO_REUSEPORT</c> hashing). Empty: <see cref="ListenerSpec.DefaultBalance"/>.
    /// </summary>
    public string Balance { get; set; } = "";
}

public sealed class ClusterConfig
{
    public string Name { get; set; } = "";

    /// <summary><c>round_robin</c> (default) or <c>least_request</c>.</summary>
    public string LbPolicy { get; set; } = "round_robin";

    public List<string> Endpoints { get; set; } = new();

    public HealthCheckConfig? HealthCheck
    {
        get => _healthCheck;
        set
        {
            _healthCheck = value;
            HealthCheckIsNull = value is null;
        }
    }

    private HealthCheckConfig? _healthCheck;

    /// <summary>True when the file says <c>"health_check": null</c> (leave the key out for no health check).</summary>
    internal bool HealthCheckIsNull { get; private set; }

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

        string host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        return new HostPort(host, port);
    }

    /// <summary>
    /// This address with its host as an IP literal: a name is resolved now, once, so that a connect never waits on DNS
    /// and a name that does not resolve is a config error, not a connect failure on every connection.
    /// </summary>
    public HostPort Resolved(string what)
    {
        if (IPAddress.TryParse(Host, out _))
        {
            return this;
        }

        IPAddress[] addresses;
        try
        {
            addresses = Dns.GetHostAddresses(Host);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException)
        {
            throw new ConfigException($"{what}: host '{Host}' does not resolve ({ex.Message}).");
        }

        IPAddress? chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
        return chosen is null
            ? throw new ConfigException($"{what}: host '{Host}' resolves to no address.")
            : new HostPort(chosen.ToString(), Port);
    }

    /// <summary>The socket address (the host is an IP literal once the config is validated).</summary>
    public IPEndPoint ToEndPoint() => new(IPAddress.Parse(Host), Port);

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
        // A typo must not fall back to a default without a word.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ProxyConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
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
        catch (JsonException ex) when (UnknownKey(ex) is { } key)
        {
            throw new ConfigException($"{source}: unknown key '{key}' at {ex.Path ?? "$"} (line {ex.LineNumber + 1}).");
        }
        catch (JsonException ex)
        {
            throw new ConfigException($"{source}: invalid JSON at line {ex.LineNumber + 1}: {ex.Message}");
        }

        return Validate(file ?? throw new ConfigException($"{source}: empty configuration."), source);
    }

    // System.Text.Json names the unmapped property only inside its message: "The JSON property 'x' could not be mapped".
    private static string? UnknownKey(JsonException ex) =>
        ex.Message.StartsWith("The JSON property '", StringComparison.Ordinal) && ex.Message.IndexOf("' could not be mapped", StringComparison.Ordinal) is > 19 and var end
            ? ex.Message[19..end]
            : null;

    public static ProxyConfig Validate(ProxyConfigFile file, string source)
    {
        ArgumentNullException.ThrowIfNull(file);
        List<ListenerConfig> listenerConfigs = file.Listeners ?? throw new ConfigException($"{source}: 'listeners' is null; give a list (it may be empty).");
        List<ClusterConfig> clusterConfigs = file.Clusters ?? throw new ConfigException($"{source}: 'clusters' is null; give a list (it may be empty).");
        var clusters = clusterConfigs.Select((c, i) => ClusterSpec.From(c ?? throw new ConfigException($"{source}: clusters[{i}] is null."), source, i)).ToImmutableArray();
        var duplicate = clusters.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException($"{source}: cluster '{duplicate.Key}' is defined twice.");
        }

        var listeners = listenerConfigs.Select((l, i) =>
        {
            if (l is null)
            {
                throw new ConfigException($"{source}: listeners[{i}] is null.");
            }

            string name = string.IsNullOrWhiteSpace(l.Name) ? $"listener_{i}" : l.Name;
            if (!clusters.Any(c => c.Name == l.Cluster))
            {
                throw new ConfigException($"{source}: listener '{name}' routes to unknown cluster '{l.Cluster}'.");
            }

            if (l.IdleTimeoutMs <= 0)
            {
                throw new ConfigException($"{source}: idle_timeout_ms {l.IdleTimeoutMs} at $.listeners[{i}].idle_timeout_ms (listener '{name}') must be at least 1.");
            }

            if (l.MaxConnections is <= 0)
            {
                throw new ConfigException($"{source}: max_connections {l.MaxConnections} at $.listeners[{i}].max_connections (listener '{name}') must be at least 1; leave the key out to derive it from the file-descriptor limit.");
            }

            HostPort address = HostPort.Parse(l.Address ?? "", $"{source}: listener '{name}' address", allowAnyPort: true).Resolved($"{source}: listener '{name}' address");
            ConnectionBalance balance = l.Balance switch
            {
                "" => ListenerSpec.DefaultBalance,
                "exact" => ConnectionBalance.Exact,
                "kernel" => ConnectionBalance.Kernel,
                _ => throw new ConfigException($"{source}: unknown balance '{l.Balance}' at $.listeners[{i}].balance (listener '{name}'); use exact or kernel."),
            };
            return new ListenerSpec(name, address, l.Cluster, TimeSpan.FromMilliseconds(l.IdleTimeoutMs), l.MaxConnections ?? 0, balance);
        }).ToImmutableArray();
        var duplicateName = listeners.GroupBy(l => l.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null)
        {
            throw new ConfigException($"{source}: listener '{duplicateName.Key}' is defined twice.");
        }

        var duplicateAddress = listeners.Where(l => l.Address.Port != 0).GroupBy(l => l.Address).FirstOrDefault(g => g.Count() > 1);
        if (duplicateAddress is not null)
        {
            throw new ConfigException($"{source}: listeners {string.Join(" and ", duplicateAddress.Select(l => $"'{l.Name}'"))} both listen on {duplicateAddress.Key}.");
        }

        if (file.AdminIsNull)
        {
            throw new ConfigException($"{source}: 'admin' is null; leave the key out for no admin endpoint.");
        }

        HostPort? admin = file.Admin is null ? null : HostPort.Parse(file.Admin.Address ?? "", $"{source}: admin address", allowAnyPort: true).Resolved($"{source}: admin address");
        if (admin is not null && admin.Port != 0 && listeners.FirstOrDefault(l => l.Address == admin) is { } clash)
        {
            throw new ConfigException($"{source}: the admin address {admin} is also listener '{clash.Name}'.");
        }

        return new ProxyConfig(listeners, clusters, admin);
    }
}

public sealed record ListenerSpec(string Name, HostPort Address, string Cluster, TimeSpan IdleTimeout, int MaxConnections, ConnectionBalance Balance = ListenerSpec.DefaultBalance)
{
    /// <summary>Envoy's TCP proxy default idle timeout.</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromHours(1);

    /// <summary>The balance of a listener that names none (docs/edgeproxy.md says why; docs/benchmarks.md measures it).</summary>
    public const ConnectionBalance DefaultBalance = ConnectionBalance.Kernel;

    public ListenerSpec(string name, HostPort address, string cluster)
        : this(name, address, cluster, DefaultIdleTimeout, 0)
    {
    }
}

/// <summary>How a listener spreads its connections over the workers.</summary>
public enum ConnectionBalance
{
    /// <summary>
    /// One listening socket, accepted on main; each connection goes to the worker with the fewest open connections
    /// (Weft.Net's <c>BalancedListener</c> with <c>FewestConnectionsBalancer</c>, Envoy's <c>exact_balance</c>).
    /// </summary>
    Exact,

    /// <summary>One listening socket per worker (Linux <c>SO_REUSEPORT</c>): the kernel hashes each peer to a worker.</summary>
    Kernel,
}

public sealed record HealthCheckSpec(TimeSpan Interval, TimeSpan Timeout, int HealthyThreshold, int UnhealthyThreshold);

public sealed record ClusterSpec(string Name, LbPolicy Policy, ImmutableArray<HostPort> Endpoints, HealthCheckSpec? HealthCheck, TimeSpan ConnectTimeout)
{
    /// <summary>Validates one cluster; <paramref name="index"/> is its place in the file, named in every refusal of a value.</summary>
    public static ClusterSpec From(ClusterConfig config, string source, int index = 0)
    {
        if (string.IsNullOrWhiteSpace(config.Name))
        {
            throw new ConfigException($"{source}: a cluster has no name.");
        }

        if (config.HealthCheckIsNull)
        {
            throw new ConfigException($"{source}: cluster '{config.Name}' health_check is null; leave the key out for no health check.");
        }

        if (config.Endpoints is null || config.Endpoints.Count == 0)
        {
            throw new ConfigException($"{source}: cluster '{config.Name}' has no endpoints.");
        }

        LbPolicy policy = config.LbPolicy switch
        {
            "round_robin" or "" => LbPolicy.RoundRobin,
            "least_request" => LbPolicy.LeastRequest,
            _ => throw new ConfigException($"{source}: cluster '{config.Name}' has unknown lb_policy '{config.LbPolicy}' (round_robin or least_request)."),
        };
        HealthCheckSpec? health = null;
        if (config.HealthCheck is { } h)
        {
            AtLeastOne(h.IntervalMs, "health_check.interval_ms");
            AtLeastOne(h.TimeoutMs, "health_check.timeout_ms");
            AtLeastOne(h.HealthyThreshold, "health_check.healthy_threshold");
            AtLeastOne(h.UnhealthyThreshold, "health_check.unhealthy_threshold");
            health = new HealthCheckSpec(TimeSpan.FromMilliseconds(h.IntervalMs), TimeSpan.FromMilliseconds(h.TimeoutMs), h.HealthyThreshold, h.UnhealthyThreshold);
        }

        string what = $"{source}: cluster '{config.Name}' endpoint";
        var endpoints = config.Endpoints.Select(e => HostPort.Parse(e ?? "", what).Resolved(what)).ToImmutableArray();
        AtLeastOne(config.ConnectTimeoutMs, "connect_timeout_ms");
        return new ClusterSpec(config.Name, policy, endpoints, health, TimeSpan.FromMilliseconds(config.ConnectTimeoutMs));

        // Names the field by its JSON path, as an unknown key is, so the refusal points at the line to fix.
        void AtLeastOne(int value, string field)
        {
            if (value <= 0)
            {
                throw new ConfigException($"{source}: {field[(field.LastIndexOf('.') + 1)..]} {value} at $.clusters[{index}].{field} (cluster '{config.Name}') must be at least 1.");
            }
        }
    }
}

/// <summary>A configuration that cannot be used, with a message saying where and why.</summary>
public sealed class ConfigException(string message) : Exception(message);
