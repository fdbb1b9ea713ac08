using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace EdgeProxy.Tests.DocContract;

/// <summary>docs/edgeproxy.md "Configuration errors": a <see cref="ConfigException"/> with the file and the place, never a silent default.</summary>
public sealed class ConfigDocTests
{
    private const string Cluster = """{ "name": "backend", "endpoints": [ "127.0.0.1:9" ] }""";
    private const string Listener = """{ "name": "edge", "address": "127.0.0.1:10000", "cluster": "backend" }""";

    private static ConfigException Rejected(string json, string source = "edge.json") =>
        Assert.Throws<ConfigException>(() => ProxyConfig.Parse(json, source));

    // "an unknown key, with its JSON path: `edge.json: unknown key 'lb_polcy' at $.clusters[0].lb_polcy (line 1).`"
    [Fact]
    public void The_documented_unknown_key_example_names_file_key_element_and_line()
    {
        string json = $$"""{ "listeners": [ {{Listener}} ], "clusters": [ { "name": "backend", "lb_polcy": "least_request", "endpoints": [ "127.0.0.1:9" ] } ] }""";
        // The doc's example, word for word: file, key, the key's full JSON path and line.
        Assert.Equal("edge.json: unknown key 'lb_polcy' at $.clusters[0].lb_polcy (line 1).", Rejected(json).Message);
    }

    [Theory]
    [InlineData("""{ "listenrs": [], "clusters": [] }""", "listenrs", "$")]
    [InlineData("""{ "listeners": [ LISTENER, { "name": "b", "address": "127.0.0.1:10001", "cluster": "backend", "idle_timout_ms": 5 } ], "clusters": [ CLUSTER ] }""", "idle_timout_ms", "$.listeners[1]")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ], "health_check": { "interval_ms": 100, "unhealthy_treshold": 3 } } ] }""", "unhealthy_treshold", "$.clusters[0].health_check")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": [ CLUSTER ], "admin": { "adress": "127.0.0.1:9901" } }""", "adress", "$.admin")]
    [InlineData("""{ "listeners": [ { "name": "edge", "address": "127.0.0.1:10000", "cluster": "backend", "max_conections": 3 } ], "clusters": [ CLUSTER ] }""", "max_conections", "$.listeners[0]")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ], "conect_timeout_ms": 10 } ] }""", "conect_timeout_ms", "$.clusters[0]")]
    public void An_unknown_key_anywhere_is_rejected_with_its_path(string template, string key, string path)
    {
        string json = template.Replace("LISTENER", Listener, StringComparison.Ordinal).Replace("CLUSTER", Cluster, StringComparison.Ordinal);
        string message = Rejected(json).Message;
        Assert.True(message.Contains($"unknown key '{key}' at {path}", StringComparison.Ordinal), $"the message does not name '{key}' at {path}: {message}");
        Assert.StartsWith("edge.json", message, StringComparison.Ordinal);
    }

    // "`null` for `listeners`, `clusters`, an element of either, `admin` or `health_check` (leave a key out instead)"
    [Theory]
    [InlineData("""{ "listeners": null, "clusters": [ CLUSTER ] }""")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": null }""")]
    [InlineData("""{ "listeners": [ LISTENER, null ], "clusters": [ CLUSTER ] }""")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": [ null, CLUSTER ] }""")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": [ CLUSTER ], "admin": null }""")]
    [InlineData("""{ "listeners": [ LISTENER ], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ], "health_check": null } ] }""")]
    public void Null_sections_are_rejected(string template)
    {
        string json = template.Replace("LISTENER", Listener, StringComparison.Ordinal).Replace("CLUSTER", Cluster, StringComparison.Ordinal);
        Assert.StartsWith("edge.json", Rejected(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_the_optional_sections_out_is_accepted()
    {
        ProxyConfig config = ProxyConfig.Parse($$"""{ "listeners": [ {{Listener}} ], "clusters": [ {{Cluster}} ] }""", "edge.json");
        Assert.Null(config.Admin);
        Assert.Null(Assert.Single(config.Clusters).HealthCheck);
    }

    // "a file that cannot be read (missing, a directory, no permission)" — no permission is not testable here: the
    // tests run as root, which reads any file.
    [Fact]
    public void A_missing_file_or_a_directory_is_a_config_exception_naming_it()
    {
        string directory = Directory.CreateTempSubdirectory("edge-config-").FullName;
        try
        {
            string missing = Path.Combine(directory, "missing.json");
            Assert.Contains(missing, Assert.Throws<ConfigException>(() => ProxyConfig.Load(missing)).Message, StringComparison.Ordinal);
            Assert.Contains(directory, Assert.Throws<ConfigException>(() => ProxyConfig.Load(directory)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // "a host name is resolved once, at load (IPv4 first), so connects never wait on DNS; one that does not resolve is
    // rejected naming the cluster or listener"
    [Fact]
    public void A_host_name_is_resolved_at_load_to_ipv4_first()
    {
        ProxyConfig config = ProxyConfig.Parse("""{ "listeners": [ { "name": "edge", "address": "localhost:10000", "cluster": "backend" } ], "clusters": [ { "name": "backend", "endpoints": [ "localhost:9" ] } ] }""", "edge.json");
        Assert.Equal("127.0.0.1", Assert.Single(Assert.Single(config.Clusters).Endpoints).Host);
        Assert.Equal("127.0.0.1", Assert.Single(config.Listeners).Address.Host);
    }

    [Fact]
    public void A_host_name_that_does_not_resolve_is_rejected_naming_the_cluster_or_listener()
    {
        string endpointMessage = Rejected("""{ "listeners": [ { "name": "edge", "address": "127.0.0.1:10000", "cluster": "faraway" } ], "clusters": [ { "name": "faraway", "endpoints": [ "no-such-host.invalid:80" ] } ] }""").Message;
        Assert.True(endpointMessage.Contains("faraway", StringComparison.Ordinal) && endpointMessage.Contains("no-such-host.invalid", StringComparison.Ordinal), $"does not name the cluster and the host: {endpointMessage}");

        string listenerMessage = Rejected("""{ "listeners": [ { "name": "front", "address": "no-such-host.invalid:10000", "cluster": "backend" } ], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ] } ] }""").Message;
        Assert.True(listenerMessage.Contains("front", StringComparison.Ordinal) && listenerMessage.Contains("no-such-host.invalid", StringComparison.Ordinal), $"does not name the listener and the host: {listenerMessage}");
    }

    // "two listeners on one address (after resolution), or the admin on a listener's address"
    [Fact]
    public void Two_listeners_on_one_address_after_resolution_are_rejected()
    {
        string message = Rejected("""
            { "listeners": [ { "name": "a", "address": "127.0.0.1:10000", "cluster": "backend" }, { "name": "b", "address": "localhost:10000", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ] } ] }
            """).Message;
        Assert.Contains("127.0.0.1:10000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_admin_on_a_listener_address_is_rejected()
    {
        string message = Rejected("""
            { "listeners": [ { "name": "a", "address": "127.0.0.1:10000", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ] } ], "admin": { "address": "127.0.0.1:10000" } }
            """).Message;
        Assert.Contains("127.0.0.1:10000", message, StringComparison.Ordinal);
    }

    // "a reload that would leave a running listener routing to a cluster the new file no longer has (listener changes
    // still need a restart)" — and "A bad file is reported and the running config stays" (EdgeProxyServer.ReloadAsync).
    [Fact]
    public async Task A_reload_that_drops_a_running_listeners_cluster_is_rejected_and_traffic_keeps_flowing()
    {
        using var upstreams = new TaggedUpstreams(2);
        string directory = Directory.CreateTempSubdirectory("edge-reload-").FullName;
        string path = Path.Combine(directory, "edge.json");
        try
        {
            File.WriteAllText(path, $$"""
                { "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend" } ],
                  "clusters": [ { "name": "backend", "endpoints": [ "{{upstreams[0]}}" ] } ] }
                """);
            await using var proxy = await ProxyHarness.StartAsync("", watchPath: path);
            File.WriteAllText(path, $$"""
                { "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "renamed" } ],
                  "clusters": [ { "name": "renamed", "endpoints": [ "{{upstreams[1]}}" ] } ] }
                """);

            Assert.False(await proxy.Proxy.ReloadAsync(path), "a reload that leaves listener 'edge' without its running cluster 'backend' was accepted");

            using Socket client = await proxy.ConnectClientAsync();
            var (index, upstream) = await upstreams.NextAsync("a connection after the rejected reload");
            using Socket _ = upstream;
            Assert.True(index == 0, "after a rejected reload the connection went to the new file's endpoint");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
