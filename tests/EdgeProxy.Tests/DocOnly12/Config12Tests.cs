using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>docs/edgeproxy.md, "Configuration errors" and the reload rules: what a file may say and what a reload does.</summary>
public sealed class Config12Tests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("edge12-config-").FullName;

    private string EdgeJson => Path.Combine(_directory, "edge.json");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string File1(string listenerExtras = "", string clusterExtras = "", string healthExtras = "", string adminExtras = "", string topExtras = "") => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend"{{listenerExtras}} } ],
          "clusters": [ {
            "name": "backend", "lb_policy": "round_robin", "endpoints": [ "127.0.0.1:1" ]{{clusterExtras}},
            "health_check": { "interval_ms": 1000, "timeout_ms": 500, "healthy_threshold": 1, "unhealthy_threshold": 2{{healthExtras}} }
          } ],
          "admin": { "address": "127.0.0.1:0"{{adminExtras}} }{{topExtras}}
        }
        """;

    private ConfigException LoadRefused(string json)
    {
        File.WriteAllText(EdgeJson, json);
        return Assert.Throws<ConfigException>(() => ProxyConfig.Load(EdgeJson));
    }

    [Theory]
    [InlineData("listener", "$.listeners[0].adress")]
    [InlineData("cluster", "$.clusters[0].lb_polcy")]
    [InlineData("health", "$.clusters[0].health_check.interval")]
    [InlineData("admin", "$.admin.port")]
    [InlineData("top", "$.worker_count")]
    public void An_unknown_key_is_refused_naming_the_file_and_its_JSON_path(string where, string path)
    {
        string key = path[(path.LastIndexOf('.') + 1)..];
        string extra = $", \"{key}\": 1";
        string json = where switch
        {
            "listener" => File1(listenerExtras: extra),
            "cluster" => File1(clusterExtras: extra),
            "health" => File1(healthExtras: extra),
            "admin" => File1(adminExtras: extra),
            _ => File1(topExtras: extra),
        };

        ConfigException refused = LoadRefused(json);

        Assert.Contains($"edge.json: unknown key '{key}' at {path} (line ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_balance_is_refused_in_the_documented_words()
    {
        string json = """
            {
              "listeners": [
                { "name": "first", "address": "127.0.0.1:0", "cluster": "backend" },
                { "name": "second", "address": "127.0.0.1:0", "cluster": "backend", "balance": "fewest" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:1" ] } ]
            }
            """;

        ConfigException refused = LoadRefused(json);

        Assert.Contains("edge.json: unknown balance 'fewest' at $.listeners[1].balance (listener 'second'); use exact or kernel.", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "listeners": null, "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ] }""")]
    [InlineData("""{ "listeners": [ { "name": "l", "address": "127.0.0.1:0", "cluster": "b" } ], "clusters": null }""")]
    [InlineData("""{ "listeners": [ null ], "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ] }""")]
    [InlineData("""{ "listeners": [ { "name": "l", "address": "127.0.0.1:0", "cluster": "b" } ], "clusters": [ null ] }""")]
    [InlineData("""{ "listeners": [ { "name": "l", "address": "127.0.0.1:0", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ], "admin": null }""")]
    [InlineData("""{ "listeners": [ { "name": "l", "address": "127.0.0.1:0", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ], "health_check": null } ] }""")]
    public void A_null_section_or_element_is_refused_naming_the_file(string json)
    {
        ConfigException refused = LoadRefused(json);

        Assert.Contains("edge.json", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"listeners\": [ ")]
    [InlineData("")]
    [InlineData("[ 1, 2 ]")]
    public void A_malformed_file_is_a_ConfigException_naming_the_file(string json)
    {
        ConfigException refused = LoadRefused(json);

        Assert.Contains("edge.json", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_naming_the_file_and_the_place_never_defaulted()
    {
        ConfigException refused = LoadRefused(File1(clusterExtras: ", \"connect_timeout_ms\": \"fast\""));

        Assert.Contains("edge.json", refused.Message, StringComparison.Ordinal);
        Assert.Contains("$.clusters[0].connect_timeout_ms", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    public void A_file_that_cannot_be_read_is_a_ConfigException_naming_it(string kind)
    {
        string path = Path.Combine(_directory, kind == "missing" ? "absent.json" : "adir.json");
        if (kind == "directory")
        {
            Directory.CreateDirectory(path);
        }

        ConfigException refused = Assert.Throws<ConfigException>(() => ProxyConfig.Load(path));

        Assert.Contains(Path.GetFileName(path), refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cluster")]
    [InlineData("listener")]
    public void A_host_name_that_does_not_resolve_is_refused_at_load_naming_its_cluster_or_listener(string where)
    {
        string listenerAddress = where == "listener" ? "no-such-host-edge12.invalid:7000" : "127.0.0.1:0";
        string endpoint = where == "cluster" ? "no-such-host-edge12.invalid:7000" : "127.0.0.1:1";
        string json = $$"""
            {
              "listeners": [ { "name": "front12", "address": "{{listenerAddress}}", "cluster": "back12" } ],
              "clusters": [ { "name": "back12", "endpoints": [ "{{endpoint}}" ] } ]
            }
            """;

        ConfigException refused = LoadRefused(json);

        Assert.Contains(where == "cluster" ? "back12" : "front12", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_listeners_on_one_address_after_resolution_are_refused()
    {
        int port = EdgeProxyProcess.FreePort();
        string json = $$"""
            {
              "listeners": [
                { "name": "by-name", "address": "localhost:{{port}}", "cluster": "b" },
                { "name": "by-number", "address": "127.0.0.1:{{port}}", "cluster": "b" } ],
              "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ]
            }
            """;

        ConfigException refused = LoadRefused(json);

        Assert.Contains("edge.json", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_admin_on_a_listeners_address_is_refused()
    {
        int port = EdgeProxyProcess.FreePort();
        string json = $$"""
            {
              "listeners": [ { "name": "edge", "address": "127.0.0.1:{{port}}", "cluster": "b" } ],
              "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ],
              "admin": { "address": "127.0.0.1:{{port}}" }
            }
            """;

        ConfigException refused = LoadRefused(json);

        Assert.Contains("edge.json", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_name_endpoint_is_resolved_at_load_and_serves()
    {
        using var upstream = new Echo12();
        string json = Edge12.Config([], out _).Replace("\"endpoints\": [  ]", $"\"endpoints\": [ \"localhost:{upstream.EndPoint.Port}\" ]", StringComparison.Ordinal);
        Assert.Contains("localhost:", json, StringComparison.Ordinal);
        await using var proxy = await ProxyHarness.StartAsync(json, workers: 1);

        byte[] echoed = await proxy.RoundTripAsync("through a named endpoint"u8.ToArray());

        Assert.Equal("through a named endpoint"u8.ToArray(), echoed);
    }

    private string Reloadable(IPEndPoint endpoint, IPEndPoint admin, string extraCluster = "") => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend" } ],
          "clusters": [ { "name": "backend", "endpoints": [ "{{endpoint}}" ] }{{extraCluster}} ],
          "admin": { "address": "{{admin}}" }
        }
        """;

    /// <summary>The index of the upstream that gets the next client, which is then closed.</summary>
    private static async Task<int> NextPick(ProxyHarness proxy, TaggedUpstreams upstreams)
    {
        using Socket client = await proxy.ConnectClientAsync();
        var (index, upstream) = await upstreams.NextAsync("the upstream of a probing client");
        upstream.Dispose();
        return index;
    }

    [Fact]
    public async Task A_reload_that_changes_a_clusters_endpoints_sends_new_connections_to_the_new_endpoint_and_leaves_a_live_one_flowing()
    {
        using var upstreams = new TaggedUpstreams(2);
        var admin = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
        File.WriteAllText(EdgeJson, Reloadable(upstreams[0], admin));
        await using var proxy = await ProxyHarness.StartAsync("", watchPath: EdgeJson, workers: 1);
        using Socket live = await proxy.ConnectClientAsync();
        var (first, liveUpstream) = await upstreams.NextAsync("the live connection's upstream");
        Assert.Equal(0, first);

        File.WriteAllText(EdgeJson, Reloadable(upstreams[1], admin));
        await DocBound.Until(async () => await NextPick(proxy, upstreams) == 1, ProxyHarness.Timeout, "a new connection to go to the reloaded endpoint");

        using (liveUpstream)
        {
            // The doc says nothing of what a live connection sees: this only records that it still carries bytes.
            await ClientObservations.SendAllAsync(live, [9]);
            Assert.Equal(9, await SocketProbe.FirstByteAsync(liveUpstream, "a byte on the connection opened before the reload"));
        }
    }

    [Fact]
    public async Task A_reload_that_adds_a_cluster_shows_it_on_the_clusters_page()
    {
        using var upstream = new Echo12();
        var admin = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
        var added = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
        File.WriteAllText(EdgeJson, Reloadable(upstream.EndPoint, admin));
        await using var proxy = await ProxyHarness.StartAsync("", watchPath: EdgeJson, workers: 1);
        Assert.DoesNotContain("added12", await AdminHttp.GetAsync(admin, "/clusters"), StringComparison.Ordinal);

        File.WriteAllText(EdgeJson, Reloadable(upstream.EndPoint, admin, $", {{ \"name\": \"added12\", \"endpoints\": [ \"{added}\" ] }}"));

        await DocBound.Until(async () => (await AdminHttp.GetAsync(admin, "/clusters")).Contains($"added12::{added}", StringComparison.Ordinal), ProxyHarness.Timeout, "/clusters to list the added cluster's endpoint");
    }

    [Theory]
    [InlineData("removes the listener's cluster")]
    [InlineData("is not JSON")]
    public async Task A_refused_reload_is_logged_naming_the_file_and_the_running_config_keeps_serving(string kind)
    {
        using var upstreams = new TaggedUpstreams(2);
        var admin = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
        File.WriteAllText(EdgeJson, Reloadable(upstreams[0], admin));
        await using var proxy = await ProxyHarness.StartAsync("", watchPath: EdgeJson, workers: 1);
        Assert.Equal(0, await NextPick(proxy, upstreams));

        string bad = kind == "is not JSON"
            ? "{ \"listeners\": "
            : Reloadable(upstreams[1], admin).Replace("\"name\": \"backend\", \"endpoints\"", "\"name\": \"renamed\", \"endpoints\"", StringComparison.Ordinal);
        Assert.NotEqual(Reloadable(upstreams[1], admin), bad);
        int linesBefore = proxy.Log.Lines.Count;
        File.WriteAllText(EdgeJson, bad);
        await DocBound.Until(
            () => Task.FromResult(proxy.Log.Lines.Skip(linesBefore).Any(l => l.Contains("edge.json", StringComparison.Ordinal))),
            ProxyHarness.Timeout,
            "a log line naming edge.json after a reload that " + kind);

        Assert.Equal(0, await NextPick(proxy, upstreams));

        File.WriteAllText(EdgeJson, Reloadable(upstreams[1], admin));
        await DocBound.Until(async () => await NextPick(proxy, upstreams) == 1, ProxyHarness.Timeout, "a good file after the refused one to be applied");
    }
}
