using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>EdgeProxy as an operator runs it: its own process, its exit codes, its output, its descriptor limit.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task A_second_EdgeProxy_on_the_same_listener_or_admin_port_exits_2_with_one_line_and_the_first_keeps_all_traffic()
    {
        await using var echo = EchoUpstream.Start("echo");
        int listener = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        using EdgeProxyProcess first = await EdgeProxyProcess.StartAsync(Config(echo.EndPoint, listener, admin));
        Assert.Contains($"127.0.0.1:{listener}", first.Stdout, StringComparison.Ordinal);

        var (code, _, stderr) = await EdgeProxyProcess.RunToExitAsync(Config(echo.EndPoint, listener, EdgeProxyProcess.FreePort()));
        Assert.Equal(2, code);
        Assert.Equal($"edgeproxy: listener 'edge': 127.0.0.1:{listener} is already in use by another process (or another listener of this one).", stderr.Trim());

        (code, _, stderr) = await EdgeProxyProcess.RunToExitAsync(Config(echo.EndPoint, EdgeProxyProcess.FreePort(), admin));
        Assert.Equal(2, code);
        Assert.Equal($"edgeproxy: admin: 127.0.0.1:{admin} is already in use by another process (or another listener of this one).", stderr.Trim());

        for (int i = 0; i < 20; i++)
        {
            await RoundTripAsync(listener, $"conn {i}");
        }

        string stats = await AdminGetAsync(admin, "/stats");
        Assert.Contains("edge.downstream_cx_total{listener=edge}: 20", stats, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listener_port_taken_by_anything_fails_start_up_in_process_naming_the_address()
    {
        using var blocker = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        blocker.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        blocker.Listen(1);
        int port = ((IPEndPoint)blocker.LocalEndPoint!).Port;
        string json = ProxyHarness.Config("\"127.0.0.1:1\"").Replace("127.0.0.1:0\", \"cluster\"", $"127.0.0.1:{port}\", \"cluster\"", StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<AddressInUseException>(() => ProxyHarness.StartAsync(json));
        Assert.Contains($"listener 'edge': 127.0.0.1:{port} is already in use", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_admin_no_admin_url_is_printed_and_the_shutdown_summary_counts_every_listener()
    {
        await using var echo = EchoUpstream.Start("echo");
        int one = EdgeProxyProcess.FreePort();
        int two = EdgeProxyProcess.FreePort();
        string json = $$"""
            { "listeners": [ { "name": "one", "address": "127.0.0.1:{{one}}", "cluster": "backend" }, { "name": "two", "address": "127.0.0.1:{{two}}", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{echo.EndPoint}}" ] } ] }
            """;
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json);
        Assert.Contains("Admin: none configured.", child.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("http:///", child.Stdout, StringComparison.Ordinal);
        await RoundTripAsync(one, "a");
        await RoundTripAsync(two, "b");
        await RoundTripAsync(two, "c");

        child.Terminate();
        Assert.Equal(0, await child.WaitForExitAsync(ProxyHarness.Timeout));
        Assert.Contains("Stopped after 3 connections (one: 1, two: 2).", child.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_the_descriptor_budget_new_clients_are_closed_at_once_and_counted_and_are_served_again_when_others_leave()
    {
        const int FileLimit = 300;
        await using var echo = EchoUpstream.Start("echo");
        int listener = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        // A cap far above what the descriptors allow: the process-wide budget, not the cap, is what refuses.
        string json = Config(echo.EndPoint, listener, admin).Replace("\"cluster\": \"backend\"", "\"cluster\": \"backend\", \"max_connections\": 100000", StringComparison.Ordinal);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, fileLimit: FileLimit);
        await RoundTripAsync(listener, "warm up");
        (_, int budget) = DescriptorBudget(child.Stdout, FileLimit);
        Assert.True(budget >= 10, $"a budget of {budget} leaves nothing to test:\n{child.Stdout}");

        var held = new System.Collections.Generic.List<Socket>();
        try
        {
            for (int i = 0; i < budget; i++)
            {
                (Socket client, bool served) = await ServedClientAsync(listener, $"client {i}");
                held.Add(client);
                Assert.True(served, $"client {i} of a budget of {budget} was closed instead of served");
            }

            (Socket over, bool overServed) = await ServedClientAsync(listener, "one past the budget");
            held.Add(over);
            Assert.False(overServed, $"a client past the budget of {budget} was served");

            // One leaves: the next client is served again, and the one after is closed again.
            held[0].Dispose();
            await ProxyHarness.WaitUntilAsync(async () =>
            {
                (Socket client, bool served) = await ServedClientAsync(listener, "after one left");
                held.Add(client);
                return served;
            }, "a client to be served once a held one closed");
            (Socket overAgain, bool overAgainServed) = await ServedClientAsync(listener, "past the budget again");
            held.Add(overAgain);
            Assert.False(overAgainServed, "a client past the budget was served after the budget filled again");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        string stats = await AdminGetAsync(admin, "/stats");
        long overflow = long.Parse(stats.Split('\n').Single(l => l.StartsWith("edge.downstream_cx_overflow{listener=edge}: ", StringComparison.Ordinal)).Split(": ")[1]);
        Assert.True(overflow >= 2, $"the clients past the budget are not counted as overflow:\n{stats}");
        Assert.Equal(2, child.Stdout.Split('\n').Count(l => l.Contains("reach the budget", StringComparison.Ordinal)));
        Assert.DoesNotContain("accept failed", child.Stdout, StringComparison.Ordinal);
        Assert.False(child.HasExited, $"EdgeProxy exited: {child.Stdout}\n{child.Stderr}");
    }

    /// <summary>
    /// The start-up line "File descriptors: limit L, N open at start-up, 64 reserved: at most B proxied connections in
    /// all.", checked against <paramref name="limit"/> and its arithmetic; returns N and B.
    /// </summary>
    internal static (int OpenAtStart, int Budget) DescriptorBudget(string stdout, int limit)
    {
        var match = System.Text.RegularExpressions.Regex.Match(stdout, @"File descriptors: limit (\d+), (\d+) open at start-up, (\d+) reserved: at most (\d+) proxied connections in all\.");
        Assert.True(match.Success, $"no descriptor budget line in:\n{stdout}");
        int[] n = [.. Enumerable.Range(1, 4).Select(i => int.Parse(match.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(limit, n[0]);
        Assert.Equal(ConnectionLimits.ReservedDescriptors, n[2]);
        Assert.Equal(Math.Max(1, (limit - n[1] - n[2]) / 2), n[3]);
        Assert.InRange(n[1], 10, limit);
        return (n[1], n[3]);
    }

    /// <summary>
    /// A client that sends <paramref name="text"/>: served (the echo came back; the socket stays open) or closed by the
    /// proxy (FIN or reset before any echo).
    /// </summary>
    internal static async Task<(Socket Client, bool Served)> ServedClientAsync(int port, string text)
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        try
        {
            // A connection closed at once may be reset before the connect even reports success.
            using (var timeout = new System.Threading.CancellationTokenSource(ProxyHarness.Timeout))
            {
                await client.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), timeout.Token);
            }

            await ClientObservations.SendAllAsync(client, bytes);
            byte[] echoed = await ClientObservations.ReadExactlyAsync(client, bytes.Length, $"the echo of '{text}' through port {port}");
            Assert.Equal(bytes, echoed);
            return (client, true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or SocketException)
        {
            return (client, false);
        }
    }

    internal static string Config(IPEndPoint upstream, int listener, int admin) => $$"""
        { "listeners": [ { "name": "edge", "address": "127.0.0.1:{{listener}}", "cluster": "backend" } ],
          "clusters": [ { "name": "backend", "endpoints": [ "{{upstream}}" ] } ],
          "admin": { "address": "127.0.0.1:{{admin}}" } }
        """;

    internal static async Task RoundTripAsync(int port, string text)
    {
        using Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        await ClientObservations.SendAllAsync(client, bytes);
        Assert.Equal(bytes, await ClientObservations.ReadExactlyAsync(client, bytes.Length, $"the echo of '{text}' through port {port}"));
    }

    private static async Task<bool> TryRoundTripAsync(int port, string text)
    {
        try
        {
            await RoundTripAsync(port, text);
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or SocketException)
        {
            return false;
        }
    }

    internal static async Task<string> AdminGetAsync(int port, string path)
    {
        using Socket client = await ClientObservations.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        await ClientObservations.SendAllAsync(client, Encoding.ASCII.GetBytes($"GET {path} HTTP/1.0\r\n\r\n"));
        var (_, response) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, $"admin {path}");
        return Encoding.UTF8.GetString(response);
    }
}
