using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>docs/edgeproxy.md, "Command line and exit codes" and "Ports", on real EdgeProxy processes.</summary>
public sealed class CommandLine13Tests
{
    private const string Usage = "Usage: EdgeProxy [--config <file.json>]";

    // "--help (or -h) prints the usage and exits 0".
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_exits_0(string flag)
    {
        var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync(flag);
        Assert.True(code == 0, $"{flag}: exit {code}\n{stdout}\n{stderr}");
        Assert.True((stdout + stderr).Contains(Usage, StringComparison.Ordinal) && (stdout + stderr).Contains("--config <file.json>", StringComparison.Ordinal), $"{flag}: no usage printed:\n{stdout}\n{stderr}");
    }

    // "Any other argument is refused with exit code 2 and one line naming it: edgeproxy: unknown argument '--bogus'
    // (accepted: --config <file.json>, --help). (followed by the usage)".
    [Theory]
    [InlineData("--bogus", "--bogus")]
    [InlineData("stray", "stray")]
    [InlineData("--CONFIG", "--CONFIG")]
    [InlineData("--help=yes", "--help=yes")]
    public async Task An_unknown_argument_exits_2_with_one_line_naming_it_then_the_usage(string argument, string named)
    {
        var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync(argument);
        string all = stdout + "\n" + stderr;
        Assert.True(code == 2, $"{argument}: exit {code}\n{all}");
        string line = $"edgeproxy: unknown argument '{named}' (accepted: --config <file.json>, --help).";
        string[] lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.True(lines.Count(l => l.StartsWith("edgeproxy: ", StringComparison.Ordinal)) == 1 && lines.Contains(line), $"{argument}: expected the one line '{line}':\n{all}");
        Assert.True(all.Contains(Usage, StringComparison.Ordinal), $"{argument}: the usage should follow:\n{all}");
    }

    // An unknown argument after a valid --config is refused too (the proxy must not start on the file).
    [Fact]
    public async Task An_unknown_argument_after_a_valid_config_is_refused_not_ignored()
    {
        using var echo = new EchoUpstream13();
        string directory = Directory.CreateTempSubdirectory("edge-doc13-cli-").FullName;
        try
        {
            string file = Path.Combine(directory, "edge.json");
            File.WriteAllText(file, $$"""{ "listeners": [ { "name": "edge", "address": "127.0.0.1:{{EdgeProxyProcess.FreePort()}}", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "{{echo.EndPoint}}" ] } ] }""");
            var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync("--config", file, "--verbose");
            Assert.True(code == 2 && (stdout + stderr).Contains("edgeproxy: unknown argument '--verbose'", StringComparison.Ordinal), $"exit {code}\n{stdout}\n{stderr}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // "--config without a file likewise" (exit 2, one line naming it).
    [Fact]
    public async Task Config_without_a_file_exits_2_naming_it()
    {
        var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync("--config");
        string all = stdout + "\n" + stderr;
        string[] lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("edgeproxy: ", StringComparison.Ordinal)).ToArray();
        Assert.True(code == 2 && lines.Length == 1 && lines[0].Contains("--config", StringComparison.Ordinal), $"exit {code}\n{all}");
    }

    // "a file that cannot be read (missing, a directory …)": exit 2, "one line, edgeproxy: and the message".
    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    public async Task A_config_file_that_cannot_be_read_exits_2_with_one_line_naming_it(string kind)
    {
        string directory = Directory.CreateTempSubdirectory("edge-doc13-cli-").FullName;
        try
        {
            string path = kind == "missing" ? Path.Combine(directory, "nope.json") : directory;
            var (code, stdout, stderr) = await EdgeProxyProcess.RunWithArgumentsToExitAsync("--config", path);
            string all = stdout + "\n" + stderr;
            string[] lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Trim().Length > 0).ToArray();
            Assert.True(code == 2, $"{kind}: exit {code}\n{all}");
            Assert.True(lines.Length == 1 && lines[0].StartsWith("edgeproxy: ", StringComparison.Ordinal) && lines[0].Contains(Path.GetFileName(path), StringComparison.Ordinal),
                $"{kind}: expected one line 'edgeproxy: …' naming {path}:\n{all}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // "any configuration error (one line, edgeproxy: and the message)", with the doc's own message texts (the doc's
    // "edge.json" is the file as named on the command line: the child is given a full path ending in edge.json).
    [Theory]
    [InlineData("lb_polcy", "edge.json: unknown key 'lb_polcy' at $.clusters[0].lb_polcy (line ")]
    [InlineData("fewest", "edge.json: unknown balance 'fewest' at $.listeners[1].balance (listener 'second'); use exact or kernel.")]
    [InlineData("timeout0", "edge.json: connect_timeout_ms 0 at $.clusters[0].connect_timeout_ms (cluster 'b') must be at least 1.")]
    [InlineData("random", "has unknown lb_policy 'random' (round_robin or least_request)")]
    [InlineData("noendpoints", "has no endpoints")]
    [InlineData("maxconn0", "edge.json: max_connections 0 at $.listeners[0].max_connections")]
    public async Task A_configuration_error_exits_2_with_one_line_carrying_the_documented_message(string error, string expected)
    {
        int one = EdgeProxyProcess.FreePort(), two = EdgeProxyProcess.FreePort();
        string cluster = error switch
        {
            "lb_polcy" => """{ "name": "b", "lb_polcy": "round_robin", "endpoints": [ "127.0.0.1:1" ] }""",
            "timeout0" => """{ "name": "b", "connect_timeout_ms": 0, "endpoints": [ "127.0.0.1:1" ] }""",
            "random" => """{ "name": "b", "lb_policy": "random", "endpoints": [ "127.0.0.1:1" ] }""",
            "noendpoints" => """{ "name": "b", "endpoints": [ ] }""",
            _ => """{ "name": "b", "endpoints": [ "127.0.0.1:1" ] }""",
        };
        string second = error == "fewest" ? """, "balance": "fewest" """ : "";
        string first = error == "maxconn0" ? """, "max_connections": 0""" : "";
        string json = $$"""{ "listeners": [ { "name": "first", "address": "127.0.0.1:{{one}}", "cluster": "b"{{first}} }, { "name": "second", "address": "127.0.0.1:{{two}}", "cluster": "b"{{second}} } ], "clusters": [ {{cluster}} ] }""";
        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(json);
        string all = stdout + "\n" + stderr;
        string[] lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Trim().Length > 0).ToArray();
        Assert.True(code == 2, $"{error}: exit {code}\n{all}");
        Assert.True(lines.Length == 1 && lines[0].StartsWith("edgeproxy: ", StringComparison.Ordinal) && lines[0].Contains(expected, StringComparison.Ordinal),
            $"{error}: expected one line 'edgeproxy: …' containing\n  {expected}\ngot:\n{all}");
    }

    // "two listeners on one address (after resolution), or the admin on a listener's address" are configuration
    // errors: exit 2, one line naming the address.
    [Theory]
    [InlineData("listeners")]
    [InlineData("admin")]
    public async Task Two_listeners_or_the_admin_on_one_address_exit_2_with_one_line_naming_it(string clash)
    {
        int port = EdgeProxyProcess.FreePort();
        string secondAddress = clash == "listeners" ? $"localhost:{port}" : $"127.0.0.1:{EdgeProxyProcess.FreePort()}";
        string admin = clash == "admin" ? $"127.0.0.1:{port}" : $"127.0.0.1:{EdgeProxyProcess.FreePort()}";
        string json = $$"""{ "listeners": [ { "name": "first", "address": "127.0.0.1:{{port}}", "cluster": "b" }, { "name": "second", "address": "{{secondAddress}}", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ], "admin": { "address": "{{admin}}" } }""";
        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(json);
        string all = stdout + "\n" + stderr;
        string[] lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Trim().Length > 0).ToArray();
        Assert.True(code == 2 && lines.Length == 1 && lines[0].StartsWith("edgeproxy: ", StringComparison.Ordinal) && lines[0].Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            $"{clash} on 127.0.0.1:{port}: exit {code}, expected 2 and one 'edgeproxy: …' line naming the port:\n{all}");
    }

    // "A listener or admin address that is in use fails start-up with one line and exit code 2, e.g. edgeproxy:
    // listener 'edge': 127.0.0.1:10000 is already in use by another process (or another listener of this one)."
    [Theory]
    [InlineData("listener")]
    [InlineData("admin")]
    public async Task A_taken_port_exits_2_with_one_line_naming_it(string which)
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen(1);
        var takenAddress = (IPEndPoint)taken.LocalEndPoint!;
        string listener = which == "listener" ? takenAddress.ToString() : $"127.0.0.1:{EdgeProxyProcess.FreePort()}";
        string admin = which == "admin" ? takenAddress.ToString() : $"127.0.0.1:{EdgeProxyProcess.FreePort()}";
        string json = $$"""{ "listeners": [ { "name": "edge", "address": "{{listener}}", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "127.0.0.1:1" ] } ], "admin": { "address": "{{admin}}" } }""";
        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(json);
        string all = stdout + "\n" + stderr;
        string[] lines = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("edgeproxy: ", StringComparison.Ordinal)).ToArray();
        Assert.True(code == 2, $"{which} port taken: exit {code}\n{all}");
        Assert.True(lines.Length == 1 && lines[0].Contains(takenAddress.ToString(), StringComparison.Ordinal) && lines[0].Contains("already in use", StringComparison.Ordinal), $"{which}: expected one 'edgeproxy: … {takenAddress} is already in use …' line:\n{all}");
        if (which == "listener")
        {
            Assert.Contains($"edgeproxy: listener 'edge': {takenAddress} is already in use by another process (or another listener of this one).", lines);
        }
    }

    // "Exit codes: 0 after SIGINT or SIGTERM (connections drained …, then the summary)"; "Without an admin section the
    // proxy prints Admin: none configured. … the shutdown summary counts every listener: Stopped after 3 connections
    // (one: 1, two: 2)."
    [Fact]
    public async Task Sigterm_exits_0_with_a_summary_counting_every_listener_and_no_admin_is_said_so()
    {
        using var echo = new EchoUpstream13();
        int one = EdgeProxyProcess.FreePort(), two = EdgeProxyProcess.FreePort();
        string json = $$"""{ "listeners": [ { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "b" }, { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "{{echo.EndPoint}}" ] } ] }""";
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json);
        Assert.True(child.Stdout.Contains("Admin: none configured.", StringComparison.Ordinal) && !child.Stdout.Contains("http:///stats", StringComparison.Ordinal), $"no admin section:\n{child.Stdout}");
        foreach (int port in new[] { one, two, two })
        {
            using Socket c = await Client13.ProxiedAsync(new IPEndPoint(IPAddress.Loopback, port), 7, $"a client of port {port}");
        }

        child.Terminate();
        int code = await child.WaitForExitAsync(DocBound.Upper(TimeSpan.FromSeconds(10)));
        Assert.True(code == 0, $"SIGTERM: exit {code}\n{child.Stdout}\n{child.Stderr}");
        Assert.True(child.Stdout.Contains("Stopped after 3 connections (one: 1, two: 2).", StringComparison.Ordinal), $"summary:\n{child.Stdout}");
    }

    // Draining: a connection open at SIGTERM keeps carrying bytes while "connections drained for up to 10 s", /ready
    // answers "503 DRAINING from the start of the drain" (the page changed after this round: it said LIVE, with no
    // draining state), and once the client closes the process exits 0.
    [Fact]
    public async Task During_the_drain_an_open_connection_still_carries_bytes_ready_answers_draining_and_exit_is_0()
    {
        using var echo = new EchoUpstream13();
        int port = EdgeProxyProcess.FreePort(), admin = EdgeProxyProcess.FreePort();
        string json = $$"""{ "listeners": [ { "name": "edge", "address": "127.0.0.1:{{port}}", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "{{echo.EndPoint}}" ] } ], "admin": { "address": "127.0.0.1:{{admin}}" } }""";
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json);
        Socket open = await Client13.ProxiedAsync(new IPEndPoint(IPAddress.Loopback, port), 1, "the connection open at SIGTERM");
        using (open)
        {
            child.Terminate();
            await DocBound.Until(() => Task.FromResult(child.Stdout.Contains("Draining", StringComparison.Ordinal) || child.HasExited), TimeSpan.FromSeconds(10), "the drain to start");
            Assert.False(child.HasExited, $"the proxy exited with a connection open, without draining:\n{child.Stdout}");
            await ClientObservations.SendAllAsync(open, new byte[] { 2 });
            int? echoed = await SocketProbe.FirstByteAsync(open, "a byte sent during the drain");
            Assert.True(echoed == 2, $"a byte sent during the drain came back as {echoed?.ToString() ?? "end of stream/reset"}.");
            var (status, body) = await AdminHttp.GetWithStatusAsync(new IPEndPoint(IPAddress.Loopback, admin), "/ready");
            Assert.True(status == HttpStatusCode.ServiceUnavailable && body.Trim() == "DRAINING", $"/ready during the drain: {(int)status} '{body}'.");
        }

        int code = await child.WaitForExitAsync(DocBound.Upper(TimeSpan.FromSeconds(10)));
        Assert.True(code == 0, $"exit {code} after the drain\n{child.Stdout}\n{child.Stderr}");
        Assert.True(child.Stdout.Contains("Stopped after 1 connections (edge: 1).", StringComparison.Ordinal), $"summary:\n{child.Stdout}");
    }

    // "Exit codes: 0 after SIGINT or SIGTERM": SIGINT, as Ctrl-C sends it.
    [Fact]
    public async Task Sigint_exits_0_after_the_drain()
    {
        using var echo = new EchoUpstream13();
        int port = EdgeProxyProcess.FreePort();
        string json = $$"""{ "listeners": [ { "name": "edge", "address": "127.0.0.1:{{port}}", "cluster": "b" } ], "clusters": [ { "name": "b", "endpoints": [ "{{echo.EndPoint}}" ] } ] }""";
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json);
        using (Socket c = await Client13.ProxiedAsync(new IPEndPoint(IPAddress.Loopback, port), 4, "a client before SIGINT"))
        {
        }

        using (var kill = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/bash") { ArgumentList = { "-c", $"kill -INT {child.Id}" } })!)
        {
            await kill.WaitForExitAsync();
        }

        int code = await child.WaitForExitAsync(DocBound.Upper(TimeSpan.FromSeconds(10)));
        Assert.True(code == 0, $"SIGINT: exit {code}\n{child.Stdout}\n{child.Stderr}");
        Assert.True(child.Stdout.Contains("Stopped after 1 connections (edge: 1).", StringComparison.Ordinal), $"summary:\n{child.Stdout}");
    }

    // "EdgeProxy alone runs the embedded default (127.0.0.1:10000 in front of two in-process echo upstreams)"; admin on
    // 127.0.0.1:9901 (README). Should another process hold either port, the doc's other promise applies instead:
    // exit 2 with one line naming it.
    [Fact]
    public async Task No_arguments_runs_the_embedded_default_echoing_through_two_upstreams_on_port_10000()
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "EdgeProxy.dll") }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var child = System.Diagnostics.Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        child.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        child.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        string Output() { lock (output) { return output.ToString(); } }
        try
        {
            await DocBound.Until(() => Task.FromResult(Output().Contains("Ctrl-C", StringComparison.Ordinal) || child.HasExited), ProxyHarness.Timeout, "the default EdgeProxy to start or exit");
            if (child.HasExited)
            {
                Assert.True(child.ExitCode == 2 && Output().Contains("is already in use", StringComparison.Ordinal), $"the default config exited {child.ExitCode} without naming a taken port:\n{Output()}");
                return;
            }

            var listener = new IPEndPoint(IPAddress.Loopback, 10000);
            for (int i = 0; i < 4; i++)
            {
                using Socket c = await Client13.ProxiedAsync(listener, (byte)(20 + i), $"default config client {i}");
            }

            string clusters = await AdminHttp.GetAsync(new IPEndPoint(IPAddress.Loopback, 9901), "/clusters");
            Assert.True(clusters.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 2, $"the default config has two upstreams; /clusters:\n{clusters}");
        }
        finally
        {
            if (!child.HasExited)
            {
                using var kill = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/bash") { ArgumentList = { "-c", $"kill -TERM {child.Id}" } })!;
                await kill.WaitForExitAsync();
                using var exited = new System.Threading.CancellationTokenSource(DocBound.Upper(TimeSpan.FromSeconds(10)));
                await child.WaitForExitAsync(exited.Token);
            }
        }

        Assert.True(child.ExitCode == 0, $"the default config after SIGTERM: exit {child.ExitCode}\n{Output()}");
    }
}
