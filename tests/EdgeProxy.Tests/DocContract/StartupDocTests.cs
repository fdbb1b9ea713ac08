using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace EdgeProxy.Tests.DocContract;

/// <summary>
/// docs/edgeproxy.md "Ports: two processes never share a listener or the admin port", the connection cap's default and
/// the start-up and shutdown lines, tested on the real EdgeProxy process (its documented command line: --config).
/// </summary>
public sealed class StartupDocTests
{
    private static string Config(int listenerPort, int? adminPort, string listenerExtras = "", string? secondListener = null) => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:{{listenerPort}}", "cluster": "backend"{{listenerExtras}} }{{(secondListener is null ? "" : $", {secondListener}")}} ],
          "clusters": [ { "name": "backend", "endpoints": [ "127.0.0.1:9" ] } ]{{(adminPort is { } a ? $", \"admin\": {{ \"address\": \"127.0.0.1:{a}\" }}" : "")}}
        }
        """;

    private static Socket Listen(int port, bool reusePort)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (reusePort)
        {
            // On Linux .NET's ReuseAddress also sets SO_REUSEPORT (the doc's "second finding"): this listener invites
            // any process of this user into its group, which is exactly what EdgeProxy must refuse to join.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        }

        socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
        socket.Listen(16);
        return socket;
    }

    private static string[] Lines(string stdout, string stderr) =>
        (stdout + "\n" + stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // "A listener or admin address that is in use fails start-up with one line and exit code 2, e.g.
    // `edgeproxy: listener 'edge': 127.0.0.1:10000 is already in use by another process (or another listener of this one).`"
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_listener_port_in_use_fails_start_up_with_exit_code_2_and_one_line_naming_it(bool holderUsesReusePort)
    {
        int port = EdgeProxyProcess.FreePort();
        using Socket holder = Listen(port, holderUsesReusePort);

        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(Config(port, adminPort: null));

        // "one line": read as one line of error output (stderr). stdout also carries an info log line of the worker
        // pool stopping; that reading is listed as an ambiguity in the report.
        string[] lines = Lines("", stderr);
        Assert.True(code == 2, $"exit code {code}, expected 2. Output:\n{stdout}\n{stderr}");
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{stderr}");
        Assert.Contains($"127.0.0.1:{port}", lines[0], StringComparison.Ordinal);
        Assert.Contains("'edge'", lines[0], StringComparison.Ordinal);
        Assert.Contains("in use", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_port_in_use_fails_start_up_with_exit_code_2_and_one_line_naming_it()
    {
        int adminPort = EdgeProxyProcess.FreePort();
        using Socket holder = Listen(adminPort, reusePort: true);

        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(Config(EdgeProxyProcess.FreePort(), adminPort));

        // "one line": read as one line of error output (stderr). stdout also carries an info log line of the worker
        // pool stopping; that reading is listed as an ambiguity in the report.
        string[] lines = Lines("", stderr);
        Assert.True(code == 2, $"exit code {code}, expected 2. Output:\n{stdout}\n{stderr}");
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{stderr}");
        Assert.Contains($"127.0.0.1:{adminPort}", lines[0], StringComparison.Ordinal);
        Assert.Contains("in use", lines[0], StringComparison.Ordinal);
    }

    // "two processes never share a listener or the admin port": the second EdgeProxy refuses, the first keeps serving
    // every connection (no 9/11 split).
    [Fact]
    public async Task A_second_edgeproxy_on_the_same_ports_exits_2_and_the_first_keeps_every_connection()
    {
        using var upstreams = new TaggedUpstreams(1);
        int port = EdgeProxyProcess.FreePort();
        int adminPort = EdgeProxyProcess.FreePort();
        string config = $$"""
            {
              "listeners": [ { "name": "edge", "address": "127.0.0.1:{{port}}", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstreams[0]}}" ] } ],
              "admin": { "address": "127.0.0.1:{{adminPort}}" }
            }
            """;
        using EdgeProxyProcess first = await EdgeProxyProcess.StartAsync(config);

        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(config);
        Assert.True(code == 2, $"the second EdgeProxy exited {code}, expected 2. Output:\n{stdout}\n{stderr}");

        for (int i = 0; i < 20; i++)
        {
            using Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            using Socket upstream = (await upstreams.NextAsync($"connection {i} through the first proxy")).Socket;
            await ClientObservations.SendAllAsync(client, [(byte)i]);
            Assert.Equal([(byte)i], await ClientObservations.ReadExactlyAsync(upstream, 1, $"connection {i}"));
        }

        string stats = await AdminHttp.GetAsync(new IPEndPoint(IPAddress.Loopback, adminPort), "/stats");
        Assert.Contains("edge.downstream_cx_total{listener=edge}: 20", stats, StringComparison.Ordinal);
    }

    // "The connection cap ... by default derived from the soft RLIMIT_NOFILE as HAProxy derives maxconn:
    // (limit − descriptors open at start-up − 64 reserved) / 2 descriptors per proxied connection / listeners. The
    // start-up log names the limit, the descriptors open and the budget, and each listener's cap and idle timeout." Idle timeout default: "1 h as Envoy's TCP proxy".
    [Fact]
    public async Task The_default_cap_is_derived_from_the_descriptor_limit_and_logged_with_the_idle_timeout()
    {
        int first = EdgeProxyProcess.FreePort();
        int second = EdgeProxyProcess.FreePort();
        string config = Config(first, adminPort: null, secondListener: $"{{ \"name\": \"other\", \"address\": \"127.0.0.1:{second}\", \"cluster\": \"backend\", \"max_connections\": 7, \"idle_timeout_ms\": 90000 }}");
        using EdgeProxyProcess proxy = await EdgeProxyProcess.StartAsync(config, fileLimit: 1024);

        string[] lines = Lines(proxy.Stdout, proxy.Stderr);
        string edge = Assert.Single(lines, l => l.Contains("'edge'", StringComparison.Ordinal) && l.Contains("idle", StringComparison.OrdinalIgnoreCase));
        (int openAtStart, int budget) = ProcessTests.DescriptorBudget(proxy.Stdout, 1024);
        Assert.True(edge.Contains($" {budget / 2} ", StringComparison.Ordinal), $"(1024 − {openAtStart} − 64) / 2 / 2 listeners = {budget / 2} is not named in: {edge}");
        Assert.True(edge.Contains("01:00:00", StringComparison.Ordinal) || edge.Contains("1 h", StringComparison.Ordinal) || edge.Contains("3600", StringComparison.Ordinal), $"the 1 h default idle timeout is not named in: {edge}");
        string other = Assert.Single(lines, l => l.Contains("'other'", StringComparison.Ordinal) && l.Contains("idle", StringComparison.OrdinalIgnoreCase));
        Assert.True(other.Contains(" 7 ", StringComparison.Ordinal), $"the configured cap 7 is not named in: {other}");
        Assert.True(other.Contains("00:01:30", StringComparison.Ordinal) || other.Contains("90", StringComparison.Ordinal), $"the configured 90 s idle timeout is not named in: {other}");
    }

    // "Without an admin section the proxy prints `Admin: none configured.` (not `http:///stats`), and the shutdown summary
    // counts every listener: `Stopped after 3 connections (one: 1, two: 2).`"
    [Fact]
    public async Task Without_admin_it_says_so_and_the_shutdown_summary_counts_every_listener()
    {
        using var upstreams = new TaggedUpstreams(1);
        int one = EdgeProxyProcess.FreePort();
        int two = EdgeProxyProcess.FreePort();
        string config = $$"""
            {
              "listeners": [
                { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "backend" },
                { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstreams[0]}}" ] } ]
            }
            """;
        using EdgeProxyProcess proxy = await EdgeProxyProcess.StartAsync(config);
        Assert.Contains("Admin: none configured.", proxy.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("http:///", proxy.Stdout, StringComparison.Ordinal);

        foreach (int port in new[] { one, two, two })
        {
            using Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            using Socket upstream = (await upstreams.NextAsync($"a connection through port {port}")).Socket;
            await ClientObservations.SendAllAsync(client, [1]);
            await ClientObservations.ReadExactlyAsync(upstream, 1, $"a byte through port {port}");
        }

        proxy.Terminate();
        int code = await proxy.WaitForExitAsync(ProxyHarness.Timeout);
        Assert.True(code == 0, $"SIGTERM exit code {code}. Output:\n{proxy.Stdout}\n{proxy.Stderr}");
        Assert.Contains("Stopped after 3 connections (one: 1, two: 2).", proxy.Stdout, StringComparison.Ordinal);
    }
}
