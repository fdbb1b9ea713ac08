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
    public async Task Out_of_descriptors_the_listener_backs_off_counts_and_keeps_accepting()
    {
        await using var echo = EchoUpstream.Start("echo");
        int listener = EdgeProxyProcess.FreePort();
        int admin = EdgeProxyProcess.FreePort();
        // A cap far above what the descriptors allow, so that accept itself runs out (EMFILE), not the cap.
        string json = Config(echo.EndPoint, listener, admin).Replace("\"cluster\": \"backend\"", "\"cluster\": \"backend\", \"max_connections\": 100000", StringComparison.Ordinal);
        using EdgeProxyProcess child = await EdgeProxyProcess.StartAsync(json, fileLimit: 160);
        await RoundTripAsync(listener, "warm up"); // code paths loaded while descriptors remain
        int limitHeadroom = 160 - child.OpenDescriptors();

        var held = new System.Collections.Generic.List<Socket>();
        try
        {
            for (int i = 0; i < limitHeadroom; i++)
            {
                var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                held.Add(client);
                await client.ConnectAsync(IPAddress.Loopback, listener);
            }

            await ProxyHarness.WaitUntilAsync(() => Task.FromResult(child.Stdout.Contains("accept failed (TooManyOpenSockets)", StringComparison.Ordinal)), "the child to run out of descriptors on accept");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        // Descriptors are back: the listener, backing off at most 1 s, accepts again.
        await RoundTripAsync(listener, "after exhaustion");
        string stats = await AdminGetAsync(admin, "/stats");
        long failures = long.Parse(stats.Split('\n').Single(l => l.StartsWith("edge.listener_accept_fail{listener=edge}: ", StringComparison.Ordinal)).Split(": ")[1]);
        Assert.True(failures > 0, $"no accept failure counted:\n{stats}");
        Assert.False(child.Stdout.Contains("Unhandled exception", StringComparison.Ordinal), child.Stdout);
    }

    internal static string Config(IPEndPoint upstream, int listener, int admin) => $$"""
        { "listeners": [ { "name": "edge", "address": "127.0.0.1:{{listener}}", "cluster": "backend" } ],
          "clusters": [ { "name": "backend", "endpoints": [ "{{upstream}}" ] } ],
          "admin": { "address": "127.0.0.1:{{admin}}" } }
        """;

    internal static async Task RoundTripAsync(int port, string text)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(IPAddress.Loopback, port);
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        await ClientObservations.SendAllAsync(client, bytes);
        Assert.Equal(bytes, await ClientObservations.ReadExactlyAsync(client, bytes.Length, $"the echo of '{text}' through port {port}"));
    }

    internal static async Task<string> AdminGetAsync(int port, string path)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(IPAddress.Loopback, port);
        await ClientObservations.SendAllAsync(client, Encoding.ASCII.GetBytes($"GET {path} HTTP/1.0\r\n\r\n"));
        var (_, response) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, $"admin {path}");
        return Encoding.UTF8.GetString(response);
    }
}
