using System;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>
/// docs/edgeproxy.md "Command line" and "Configuration errors": an argument or a numeric value the proxy cannot use is
/// refused naming it, never replaced by a default.
/// </summary>
public sealed class CommandLineAndBoundsTests
{
    [Theory]
    [InlineData("--bogus", "--bogus")]
    [InlineData("--confg", "--confg")]
    [InlineData("edge.json", "edge.json")]
    public async Task An_unknown_argument_exits_2_naming_it_and_the_accepted_ones_without_starting(string argument, string named)
    {
        var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync(argument);
        Assert.Equal(2, code);
        Assert.Contains($"edgeproxy: unknown argument '{named}' (accepted: --config <file.json>, --help).", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("listener", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_after_the_config_file_is_named_not_the_file()
    {
        var (code, _, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync("--config", "edge.json", "--verbose");
        Assert.Equal(2, code);
        Assert.Contains("unknown argument '--verbose'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_without_a_file_exits_2_saying_so()
    {
        var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync("--config");
        Assert.Equal(2, code);
        Assert.Contains("edgeproxy: '--config' needs a file name.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("listener", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_exits_0(string argument)
    {
        var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync(argument);
        Assert.Equal(0, code);
        Assert.StartsWith("Usage: EdgeProxy [--config <file.json>]", stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 after SIGINT/SIGTERM and the drain; 2 for a bad command line, a config error or a taken port.", stdout, StringComparison.Ordinal);
        Assert.Equal("", stderr);
    }

    private const string Cluster = """{ "name": "backend", "endpoints": [ "127.0.0.1:1" ] }""";

    [Theory]
    [InlineData("\"max_connections\": 0", "edge.json: max_connections 0 at $.listeners[1].max_connections (listener 'second') must be at least 1; leave the key out to derive it from the file-descriptor limit.")]
    [InlineData("\"max_connections\": -5", "edge.json: max_connections -5 at $.listeners[1].max_connections (listener 'second') must be at least 1; leave the key out to derive it from the file-descriptor limit.")]
    [InlineData("\"idle_timeout_ms\": 0", "edge.json: idle_timeout_ms 0 at $.listeners[1].idle_timeout_ms (listener 'second') must be at least 1.")]
    [InlineData("\"idle_timeout_ms\": -1", "edge.json: idle_timeout_ms -1 at $.listeners[1].idle_timeout_ms (listener 'second') must be at least 1.")]
    public void An_out_of_bounds_listener_value_is_refused_with_its_json_path(string field, string message)
    {
        string json = $$"""
            { "listeners": [ { "name": "first", "address": "127.0.0.1:0", "cluster": "backend" },
                             { "name": "second", "address": "127.0.0.1:0", "cluster": "backend", {{field}} } ],
              "clusters": [ {{Cluster}} ] }
            """;
        Assert.Equal(message, Assert.Throws<ConfigException>(() => ProxyConfig.Parse(json, "edge.json")).Message);
    }

    [Theory]
    [InlineData("\"connect_timeout_ms\": 0", "connect_timeout_ms 0 at $.clusters[1].connect_timeout_ms")]
    [InlineData("\"connect_timeout_ms\": -3", "connect_timeout_ms -3 at $.clusters[1].connect_timeout_ms")]
    [InlineData("\"health_check\": { \"interval_ms\": 0 }", "interval_ms 0 at $.clusters[1].health_check.interval_ms")]
    [InlineData("\"health_check\": { \"timeout_ms\": -1 }", "timeout_ms -1 at $.clusters[1].health_check.timeout_ms")]
    [InlineData("\"health_check\": { \"healthy_threshold\": 0 }", "healthy_threshold 0 at $.clusters[1].health_check.healthy_threshold")]
    [InlineData("\"health_check\": { \"unhealthy_threshold\": 0 }", "unhealthy_threshold 0 at $.clusters[1].health_check.unhealthy_threshold")]
    public void An_out_of_bounds_cluster_value_is_refused_with_its_json_path(string field, string place)
    {
        string json = $$"""
            { "listeners": [], "clusters": [ {{Cluster}}, { "name": "second", "endpoints": [ "127.0.0.1:2" ], {{field}} } ] }
            """;
        Assert.Equal($"edge.json: {place} (cluster 'second') must be at least 1.", Assert.Throws<ConfigException>(() => ProxyConfig.Parse(json, "edge.json")).Message);
    }

    [Fact]
    public void Max_connections_left_out_is_derived_and_one_is_kept()
    {
        string json = $$"""
            { "listeners": [ { "name": "derived", "address": "127.0.0.1:0", "cluster": "backend" },
                             { "name": "one", "address": "127.0.0.1:0", "cluster": "backend", "max_connections": 1 } ],
              "clusters": [ {{Cluster}} ] }
            """;
        ProxyConfig config = ProxyConfig.Parse(json, "edge.json");
        Assert.Equal(0, config.Listeners[0].MaxConnections); // 0 in the spec: derive from the descriptor limit at start-up
        Assert.Equal(1, config.Listeners[1].MaxConnections);
    }
}
