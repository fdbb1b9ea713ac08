using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>A config that cannot mean what it says is refused with a message naming where and why.</summary>
public sealed class ConfigTests
{
    private const string Cluster = """{ "name": "backend", "endpoints": [ "127.0.0.1:1" ] }""";

    [Theory]
    [InlineData("""{ "listeners": [], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:1" ], "lb_polcy": "least_request" } ] }""", "lb_polcy", "$.clusters[0]")]
    [InlineData("""{ "listeners": [ { "name": "edge", "adress": "127.0.0.1:0", "cluster": "backend" } ], "clusters": [ {{Cluster}} ] }""", "adress", "$.listeners[0]")]
    [InlineData("""{ "listeners": [], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:1" ], "health_check": { "interval": 5 } } ] }""", "interval", "$.clusters[0].health_check")]
    [InlineData("""{ "listener": [], "clusters": [] }""", "listener", "$")]
    public void An_unknown_key_is_rejected_with_its_path(string json, string key, string path)
    {
        var ex = Assert.Throws<ConfigException>(() => ProxyConfig.Parse(json.Replace("{{Cluster}}", Cluster, StringComparison.Ordinal), "edge.json"));
        Assert.Contains($"unknown key '{key}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"at {path}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "listeners": null, "clusters": [] }""", "'listeners' is null")]
    [InlineData("""{ "listeners": [], "clusters": null }""", "'clusters' is null")]
    [InlineData("""{ "listeners": [], "clusters": [ null ] }""", "clusters[0] is null")]
    [InlineData("""{ "listeners": [ null ], "clusters": [] }""", "listeners[0] is null")]
    [InlineData("""{ "listeners": [], "clusters": [], "admin": null }""", "'admin' is null")]
    [InlineData("""{ "listeners": [], "clusters": [ { "name": "backend", "endpoints": null } ] }""", "has no endpoints")]
    [InlineData("""{ "listeners": [], "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:1" ], "health_check": null } ] }""", "health_check is null")]
    [InlineData("null", "empty configuration")]
    public void A_null_section_is_a_config_error(string json, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => ProxyConfig.Parse(json, "edge.json"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_or_missing_file_is_a_config_error_naming_it()
    {
        string directory = Directory.CreateTempSubdirectory("edge-unreadable-").FullName;
        try
        {
            Assert.Contains($"cannot read {directory}", Assert.Throws<ConfigException>(() => ProxyConfig.Load(directory)).Message, StringComparison.Ordinal);
            string missing = Path.Combine(directory, "missing.json");
            Assert.Contains($"cannot read {missing}", Assert.Throws<ConfigException>(() => ProxyConfig.Load(missing)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Hostnames_are_resolved_once_at_load_or_rejected_clearly()
    {
        ProxyConfig config = ProxyConfig.Parse("""{ "listeners": [ { "name": "edge", "address": "localhost:0", "cluster": "backend" } ], "clusters": [ { "name": "backend", "endpoints": [ "localhost:6379" ] } ] }""", "edge.json");
        Assert.Equal(new HostPort("127.0.0.1", 6379), config.Clusters[0].Endpoints[0]);
        Assert.Equal("127.0.0.1", config.Listeners[0].Address.Host);

        var ex = Assert.Throws<ConfigException>(() => ProxyConfig.Parse("""{ "listeners": [], "clusters": [ { "name": "backend", "endpoints": [ "no-such-host.invalid:6379" ] } ] }""", "edge.json"));
        Assert.Contains("cluster 'backend' endpoint: host 'no-such-host.invalid' does not resolve", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_listeners_on_one_address_are_rejected()
    {
        string json = $$"""
            { "listeners": [ { "name": "one", "address": "127.0.0.1:7001", "cluster": "backend" }, { "name": "two", "address": "localhost:7001", "cluster": "backend" } ],
              "clusters": [ {{Cluster}} ] }
            """;
        var ex = Assert.Throws<ConfigException>(() => ProxyConfig.Parse(json, "edge.json"));
        Assert.Contains("listeners 'one' and 'two' both listen on 127.0.0.1:7001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reload_that_would_leave_a_running_listener_without_its_cluster_is_rejected()
    {
        await using var upstream = EchoUpstream.Start("kept");
        string directory = Directory.CreateTempSubdirectory("edge-orphan-").FullName;
        try
        {
            string path = Path.Combine(directory, "edge.json");
            await File.WriteAllTextAsync(path, ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
            await using var harness = await ProxyHarness.StartAsync(json: "", watchPath: path);
            long version = (await harness.Proxy.CurrentTableAsync()).Version;

            // Valid on its own (its one listener has its cluster), but the running listener 'edge' routes to 'backend'.
            string orphaning = Path.Combine(directory, "orphaning.json");
            await File.WriteAllTextAsync(orphaning, """{ "listeners": [ { "name": "other", "address": "127.0.0.1:0", "cluster": "renamed" } ], "clusters": [ { "name": "renamed", "endpoints": [ "127.0.0.1:1" ] } ] }""");
            Assert.False(await harness.Proxy.ReloadAsync(orphaning));

            Assert.Contains(harness.Log.Lines, l => l.Contains("no cluster 'backend', which running listener 'edge' routes to", StringComparison.Ordinal));
            Assert.Equal(version, (await harness.Proxy.CurrentTableAsync()).Version);
            Assert.Equal("ok"u8.ToArray(), await harness.RoundTripAsync("ok"u8.ToArray()));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_admin_request_line_is_bounded()
    {
        await using var upstream = EchoUpstream.Start("u");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(harness.Proxy.AdminAddress!);
        byte[] line = Encoding.ASCII.GetBytes("GET /" + new string('a', AdminRequestLine.MaxLength * 4));
        Task send = ClientObservations.SendAllAsync(client, line).ContinueWith(t => t.Exception, TaskScheduler.Default);
        var (_, response) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "the admin's answer to an endless request line");
        await send;
        Assert.StartsWith("HTTP/1.0 414", Encoding.ASCII.GetString(response), StringComparison.Ordinal);

        string stats = await AdminGetAsync(harness, "/stats");
        Assert.StartsWith("HTTP/1.0 200", stats, StringComparison.Ordinal);
    }

    internal static async Task<string> AdminGetAsync(ProxyHarness harness, string path)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(harness.Proxy.AdminAddress!);
        await ClientObservations.SendAllAsync(client, Encoding.ASCII.GetBytes($"GET {path} HTTP/1.0\r\n\r\n"));
        var (_, response) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, $"admin {path}");
        return Encoding.UTF8.GetString(response);
    }
}
