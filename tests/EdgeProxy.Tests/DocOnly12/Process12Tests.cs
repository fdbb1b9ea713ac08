using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>What docs/edgeproxy.md says of the process: exit codes, start-up and shutdown lines, ports, the descriptor budget.</summary>
public sealed class Process12Tests
{
    private static string OneListener(int port, IPEndPoint upstream, string admin, string listenerExtras = "") => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:{{port}}", "cluster": "backend"{{listenerExtras}} } ],
          "clusters": [ { "name": "backend", "endpoints": [ "{{upstream}}" ] } ]{{admin}}
        }
        """;

    private static string Admin(int port) => $", \"admin\": {{ \"address\": \"127.0.0.1:{port}\" }}";

    /// <summary>Waits for a line in the child's output, failing with everything it printed.</summary>
    private static async Task UntilLogged(EdgeProxyProcess child, Func<bool> logged, string what)
    {
        try
        {
            await DocBound.Until(() => Task.FromResult(logged()), TimeSpan.FromSeconds(10), what);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\n{Output(child)}", timeout);
        }
    }

    private static string Output(EdgeProxyProcess child) => $"stdout:\n{child.Stdout}\nstderr:\n{child.Stderr}";

    [Theory]
    [InlineData("")]
    [InlineData(", \"balance\": \"exact\"")]
    public async Task A_listener_port_taken_by_another_process_fails_start_up_with_exit_code_2_and_one_line_naming_it(string balance)
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen(1);
        int port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(OneListener(port, Edge12.Refusing(), Admin(EdgeProxyProcess.FreePort()), balance));

        string expected = $"edgeproxy: listener 'edge': 127.0.0.1:{port} is already in use by another process (or another listener of this one).";
        Assert.True(code == 2, $"exit code {code}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.True((stdout + "\n" + stderr).Split('\n').Count(l => l.Contains(expected, StringComparison.Ordinal)) == 1, $"expected one line '{expected}'\nstdout:\n{stdout}\nstderr:\n{stderr}");
    }

    [Fact]
    public async Task An_admin_port_taken_fails_start_up_with_exit_code_2_naming_the_address()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen(1);
        int adminPort = ((IPEndPoint)taken.LocalEndPoint!).Port;

        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(OneListener(EdgeProxyProcess.FreePort(), Edge12.Refusing(), Admin(adminPort)));

        Assert.True(code == 2, $"exit code {code}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        Assert.Contains($"127.0.0.1:{adminPort}", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("already in use", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_EdgeProxy_on_a_running_ones_listener_port_exits_2_and_the_first_keeps_every_connection()
    {
        using var upstream = new Echo12();
        int port = EdgeProxyProcess.FreePort();
        using EdgeProxyProcess first = await EdgeProxyProcess.StartAsync(OneListener(port, upstream.EndPoint, Admin(EdgeProxyProcess.FreePort())));
        Assert.False(first.HasExited, Output(first));

        var (code, stdout, stderr) = await EdgeProxyProcess.RunToExitAsync(OneListener(port, upstream.EndPoint, Admin(EdgeProxyProcess.FreePort())));

        Assert.True(code == 2, $"the second process: exit code {code}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        for (int i = 0; i < 10; i++)
        {
            using Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            await ClientObservations.SendAllAsync(client, [(byte)i]);
            Assert.Equal(i, await SocketProbe.FirstByteAsync(client, $"client {i} of the first process"));
        }

        Assert.Equal(10, upstream.Accepted);
    }

    [Fact]
    public async Task Without_an_admin_it_says_so_and_SIGTERM_ends_it_with_a_summary_counting_every_listener()
    {
        using var upstream = new Echo12();
        int one = EdgeProxyProcess.FreePort(), two = EdgeProxyProcess.FreePort();
        string config = $$"""
            {
              "listeners": [
                { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "backend" },
                { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstream.EndPoint}}" ] } ]
            }
            """;
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(config);
        Assert.Contains("Admin: none configured.", child.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("http:///stats", child.Stdout, StringComparison.Ordinal);
        foreach (int port in new[] { one, two, two })
        {
            using Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            await ClientObservations.SendAllAsync(client, [3]);
            Assert.Equal(3, await SocketProbe.FirstByteAsync(client, $"a client of port {port}"));
        }

        child.Terminate();
        await child.WaitForExitAsync(ProxyHarness.Timeout);

        Assert.True(child.Stdout.Contains("Stopped after 3 connections (one: 1, two: 2).", StringComparison.Ordinal), Output(child));
    }

    [Fact]
    public async Task The_start_up_log_states_the_budget_as_documented_and_each_listeners_default_cap_is_its_share()
    {
        int one = EdgeProxyProcess.FreePort(), two = EdgeProxyProcess.FreePort();
        string config = $$"""
            {
              "listeners": [
                { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "backend" },
                { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "backend", "idle_timeout_ms": 90000 } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{Edge12.Refusing()}}" ] } ]
            }
            """;
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(config, fileLimit: 400);
        string output = child.Stdout + "\n" + child.Stderr;

        Match budget = Regex.Match(output, @"File descriptors: limit (\d+), (\d+) open at start-up, 64 reserved: at most (\d+) proxied connections in all\.");
        Assert.True(budget.Success, $"no budget line.\n{Output(child)}");
        int limit = int.Parse(budget.Groups[1].Value), open = int.Parse(budget.Groups[2].Value), inAll = int.Parse(budget.Groups[3].Value);
        Assert.Equal(400, limit);
        Assert.True(inAll == (limit - open - 64) / 2, $"budget {inAll} for limit {limit}, {open} open, 64 reserved: documented (limit − open − 64) / 2 = {(limit - open - 64) / 2}.");
        foreach (var (name, idle) in new[] { ("one", "01:00:00"), ("two", "00:01:30") })
        {
            string? line = output.Split('\n').FirstOrDefault(l => l.Contains($"Listener '{name}'", StringComparison.Ordinal));
            Assert.True(line is not null, $"no start-up line names listener '{name}'.\n{Output(child)}");
            Assert.True(line!.Contains($"at most {inAll / 2} connections", StringComparison.Ordinal), $"listener '{name}': expected its default cap, the budget {inAll} divided by 2 listeners: {line}");
            Assert.True(line.Contains(idle, StringComparison.Ordinal), $"listener '{name}': expected its idle timeout {idle}: {line}");
        }
    }

    [Fact]
    public async Task A_configured_cap_above_the_limit_is_kept_and_warned_about_with_the_documented_figures()
    {
        string config = OneListener(EdgeProxyProcess.FreePort(), Edge12.Refusing(), "", ", \"max_connections\": 100000");
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(config, fileLimit: 400);
        string output = child.Stdout + "\n" + child.Stderr;
        Match budget = Regex.Match(output, @"limit 400, (\d+) open at start-up, 64 reserved: at most (\d+) proxied");
        Assert.True(budget.Success, $"no budget line.\n{Output(child)}");
        int open = int.Parse(budget.Groups[1].Value), inAll = int.Parse(budget.Groups[2].Value);

        string expected = $"Listener 'edge': max_connections 100000 needs up to 200000 file descriptors (2 per connection; {200000 + open + 64} with every listener, {open} open at start-up and 64 reserved), above this process's limit of 400 (ulimit -n): past {inAll} connections in all, new ones are closed at once and counted as overflow. Lower max_connections or raise the limit.";
        Assert.True(output.Split('\n').Count(l => l.Contains(expected, StringComparison.Ordinal)) == 1, $"expected once: {expected}\n{Output(child)}");
    }

    [Fact]
    public async Task Past_the_descriptor_budget_clients_are_reset_and_counted_and_the_warning_comes_once_per_episode()
    {
        using var upstream = new Echo12();
        int port = EdgeProxyProcess.FreePort(), adminPort = EdgeProxyProcess.FreePort();
        var listener = new IPEndPoint(IPAddress.Loopback, port);
        var admin = new IPEndPoint(IPAddress.Loopback, adminPort);
        // A configured cap above the budget: with the default cap (the budget itself) the cap turns clients away first.
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(OneListener(port, upstream.EndPoint, Admin(adminPort), ", \"max_connections\": 100000"), fileLimit: 280);
        Match budget = Regex.Match(child.Stdout + child.Stderr, @"at most (\d+) proxied connections in all");
        Assert.True(budget.Success, Output(child));
        int inAll = int.Parse(budget.Groups[1].Value);
        Assert.InRange(inAll, 1, 200);
        int Warnings() => (child.Stdout + "\n" + child.Stderr).Split('\n').Count(l => l.Contains("reach the budget", StringComparison.Ordinal));

        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < inAll; i++)
            {
                Socket client = await ClientObservations.ConnectAsync(listener);
                held.Add(client);
                await ClientObservations.SendAllAsync(client, [(byte)i]);
                Assert.True(await SocketProbe.FirstByteAsync(client, $"client {i} of {inAll} within the budget") == (byte)i, $"client {i} of {inAll} within the budget was not served.\n{Output(child)}");
            }

            for (int i = 0; i < 2; i++)
            {
                var (reset, got) = await Edge12.TurnedAway(listener, $"client {i + 1} past the budget of {inAll}");
                Assert.True(reset && got.Length == 0, $"client {i + 1} past the budget: reset {reset}, {got.Length} bytes.\n{Output(child)}");
            }

            Assert.Equal(2, Edge12.Value(await Edge12.StatsPage(admin), "edge.downstream_cx_overflow{listener=edge}"));
            await UntilLogged(child, () => Warnings() >= 1, "the budget warning of the first episode");
            Assert.True(Warnings() == 1, $"the warning came {Warnings()} times in one episode.\n{Output(child)}");

            held[0].Dispose();
            held.RemoveAt(0);
            await DocBound.Until(async () => Edge12.Value(await Edge12.StatsPage(admin), "edge.downstream_cx_active{listener=edge}") == inAll - 1, ProxyHarness.Timeout, $"the proxy to count {inAll - 1} active after one client left");
            Socket again = await ClientObservations.ConnectAsync(listener);
            held.Add(again);
            await ClientObservations.SendAllAsync(again, [77]);
            Assert.True(await SocketProbe.FirstByteAsync(again, "a client after one left") == 77, $"a client after one left was not served.\n{Output(child)}");

            var (resetAgain, _) = await Edge12.TurnedAway(listener, "a client past the refilled budget");
            Assert.True(resetAgain, $"a client past the refilled budget was not reset.\n{Output(child)}");

            await UntilLogged(child, () => Warnings() >= 2, "the budget warning of the second episode");
            Assert.Equal(3, Edge12.Value(await Edge12.StatsPage(admin), "edge.downstream_cx_overflow{listener=edge}"));
            Assert.False(child.HasExited, Output(child));
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task An_admin_client_that_keeps_its_socket_open_after_the_answer_is_closed_by_the_admin()
    {
        int adminPort = EdgeProxyProcess.FreePort();
        var admin = new IPEndPoint(IPAddress.Loopback, adminPort);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(OneListener(EdgeProxyProcess.FreePort(), Edge12.Refusing(), Admin(adminPort)));
        await AdminHttp.GetAsync(admin, "/ready"); // anything the first request opens for good is in the baseline
        int baseline = -1;
        await DocBound.Until(
            () =>
            {
                int previous = baseline;
                baseline = child.OpenDescriptors();
                return Task.FromResult(baseline == previous);
            },
            ProxyHarness.Timeout,
            "the child's descriptor count to read the same twice in a row");

        using Socket client = await ClientObservations.ConnectAsync(admin);
        await ClientObservations.SendAllAsync(client, "GET /ready HTTP/1.0\r\n\r\n"u8.ToArray());
        var (reset, answer) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "the admin's answer and half-close");
        Assert.False(reset, "the admin reset the client after answering.");
        Assert.StartsWith("HTTP/1.", System.Text.Encoding.ASCII.GetString(answer), StringComparison.Ordinal);

        // The client keeps its end open; the admin's socket must go within the documented 5 s (one descriptor fewer).
        await DocBound.Until(() => Task.FromResult(child.OpenDescriptors() <= baseline), DocBound.Upper(TimeSpan.FromSeconds(5)), $"the admin to close a connection whose client stayed open (descriptors back to {baseline})");
    }

    [Fact]
    public async Task Past_the_budget_overflow_is_counted_on_the_listener_each_client_came_to_and_warned_once_naming_the_first()
    {
        using var upstream = new Echo12();
        int one = EdgeProxyProcess.FreePort(), two = EdgeProxyProcess.FreePort(), adminPort = EdgeProxyProcess.FreePort();
        var admin = new IPEndPoint(IPAddress.Loopback, adminPort);
        string config = $$"""
            {
              "listeners": [
                { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "backend", "max_connections": 100000 },
                { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "backend", "max_connections": 100000 } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstream.EndPoint}}" ] } ],
              "admin": { "address": "127.0.0.1:{{adminPort}}" }
            }
            """;
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(config, fileLimit: 280);
        Match budget = Regex.Match(child.Stdout + child.Stderr, @"at most (\d+) proxied connections in all");
        Assert.True(budget.Success, Output(child));
        int inAll = int.Parse(budget.Groups[1].Value);
        string[] Warnings() => (child.Stdout + "\n" + child.Stderr).Split('\n').Where(l => l.Contains("reach the budget", StringComparison.Ordinal)).ToArray();

        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < inAll; i++)
            {
                Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, one));
                held.Add(client);
                await ClientObservations.SendAllAsync(client, [(byte)i]);
                Assert.True(await SocketProbe.FirstByteAsync(client, $"client {i} of {inAll} on listener one") == (byte)i, $"client {i} of {inAll} was not served.\n{Output(child)}");
            }

            var (resetTwo, _) = await Edge12.TurnedAway(new IPEndPoint(IPAddress.Loopback, two), "a client of listener two past the budget");
            var (resetOne, _) = await Edge12.TurnedAway(new IPEndPoint(IPAddress.Loopback, one), "a client of listener one past the budget");
            Assert.True(resetTwo && resetOne, $"past the budget: listener two's client reset {resetTwo}, listener one's {resetOne}.\n{Output(child)}");

            Dictionary<string, long> page = await Edge12.StatsPage(admin);
            Assert.Equal(1, Edge12.Value(page, "edge.downstream_cx_overflow{listener=two}"));
            Assert.Equal(1, Edge12.Value(page, "edge.downstream_cx_overflow{listener=one}"));
            await UntilLogged(child, () => Warnings().Length >= 1, "the budget warning");
            string[] warnings = Warnings();
            Assert.True(warnings.Length == 1 && warnings[0].Contains("Listener 'two'", StringComparison.Ordinal), $"expected one warning naming listener 'two' (the first refused): {string.Join(" | ", warnings)}");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }
}
