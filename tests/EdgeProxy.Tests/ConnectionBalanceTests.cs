using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Weft.Stats;

namespace EdgeProxy.Tests;

/// <summary>
/// A listener's <c>balance</c>: with <c>exact</c> main accepts and hands each connection to the worker with the fewest
/// open, so held connections split as evenly as that promises (counted by the workers' own traffic stats, not by
/// timing); <c>kernel</c> keeps one socket per worker; anything else is refused at load, naming where.
/// </summary>
public sealed class ConnectionBalanceTests
{
    private const string Cluster = """{ "name": "backend", "endpoints": [ "127.0.0.1:1" ] }""";

    [Theory]
    [InlineData(2, 51)]
    [InlineData(3, 30)]
    [InlineData(3, 31)]
    public async Task With_exact_balance_held_connections_split_across_workers_within_one_of_each_other(int workers, int connections)
    {
        await using var upstream = EchoUpstream.Start("upstream");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint), listenerExtras: """, "balance": "exact" """), workers: workers);

        long[] open = await HoldAndCountPerWorkerAsync(harness, connections);

        Assert.Equal(connections, open.Sum());
        Assert.True(open.Max() - open.Min() <= 1, $"exact balance split {connections} connections over {workers} workers as {string.Join("/", open)}");
        Assert.Equal(connections, upstream.Accepted);
    }

    [Fact]
    public async Task With_kernel_balance_every_worker_accepts_on_its_own_socket_and_every_connection_is_served()
    {
        await using var upstream = EchoUpstream.Start("upstream");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint), listenerExtras: """, "balance": "kernel" """));

        long[] open = await HoldAndCountPerWorkerAsync(harness, 20);

        Assert.Equal(20, open.Sum());
        Assert.Equal(ConnectionBalance.Kernel, harness.Proxy.Config.Listeners.Single().Balance);
    }

    [Fact]
    public async Task With_exact_balance_a_port_in_use_fails_start_up_naming_the_address()
    {
        using var blocker = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        blocker.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        blocker.Listen(1);
        int port = ((IPEndPoint)blocker.LocalEndPoint!).Port;
        string json = ProxyHarness.Config("\"127.0.0.1:1\"", listenerExtras: """, "balance": "exact" """)
            .Replace("127.0.0.1:0\", \"cluster\"", $"127.0.0.1:{port}\", \"cluster\"", StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<AddressInUseException>(() => ProxyHarness.StartAsync(json));

        Assert.Contains($"listener 'edge': 127.0.0.1:{port} is already in use", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_exact_balance_draining_closes_mains_listener_and_open_connections_finish()
    {
        await using var upstream = EchoUpstream.Start("upstream");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint), listenerExtras: """, "balance": "exact" """));
        IPEndPoint address = harness.Listener;
        Assert.Equal([1, 2, 3], await harness.RoundTripAsync([1, 2, 3]));

        await harness.Proxy.DrainAsync(ProxyHarness.Timeout);

        var refused = await Assert.ThrowsAsync<SocketException>(() => ClientObservations.ConnectAsync(address));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        Assert.Equal(0, harness.Proxy.OpenConnections);
    }

    [Fact]
    public void A_listener_without_the_key_gets_the_default_balance_kernel()
    {
        ProxyConfig config = ProxyConfig.Parse($$"""{ "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend" } ], "clusters": [ {{Cluster}} ] }""", "edge.json");

        Assert.Equal(ConnectionBalance.Kernel, config.Listeners.Single().Balance);
        Assert.Equal(ConnectionBalance.Kernel, ListenerSpec.DefaultBalance);
    }

    [Theory]
    [InlineData("exact", ConnectionBalance.Exact)]
    [InlineData("kernel", ConnectionBalance.Kernel)]
    public void Each_named_balance_is_read(string value, ConnectionBalance expected)
    {
        ProxyConfig config = ProxyConfig.Parse(ListenerWithBalance($"\"{value}\""), "edge.json");

        Assert.Equal(expected, config.Listeners[1].Balance);
        Assert.Equal(ListenerSpec.DefaultBalance, config.Listeners[0].Balance);
    }

    [Theory]
    [InlineData("\"fewest\"", "'fewest'")]
    [InlineData("\"Exact\"", "'Exact'")]
    [InlineData("null", "''")]
    public void An_unknown_balance_is_rejected_with_its_path_and_the_choices(string value, string shown)
    {
        var ex = Assert.Throws<ConfigException>(() => ProxyConfig.Parse(ListenerWithBalance(value), "edge.json"));

        Assert.Contains($"edge.json: unknown balance {shown} at $.listeners[1].balance (listener 'second')", ex.Message, StringComparison.Ordinal);
        Assert.Contains("exact or kernel", ex.Message, StringComparison.Ordinal);
    }

    private static string ListenerWithBalance(string value) => $$"""
        { "listeners": [ { "name": "first", "address": "127.0.0.1:0", "cluster": "backend" },
                         { "name": "second", "address": "127.0.0.1:0", "cluster": "backend", "balance": {{value}} } ],
          "clusters": [ {{Cluster}} ] }
        """;

    // Opens the connections one after another, each proven served by an echo through the proxy, holds them all, and
    // returns each worker's open connections from its own edge.worker.downstream_cx_active gauge.
    private static async Task<long[]> HoldAndCountPerWorkerAsync(ProxyHarness harness, int connections)
    {
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < connections; i++)
            {
                Socket client = await ClientObservations.ConnectAsync(harness.Listener);
                held.Add(client);
                byte[] hello = Encoding.ASCII.GetBytes($"hello {i}");
                await ClientObservations.SendAllAsync(client, hello);
                Assert.Equal(hello, await ClientObservations.ReadExactlyAsync(client, hello.Length, $"the echo on connection {i}"));
            }

            StatsSnapshot stats = await harness.Pool.Stats.FlushAsync();
            return harness.Pool.Workers
                .Select(w => stats.Gauge(WorkerTraffic.ConnectionsActive, new KeyValuePair<string, string>("worker", w.Name)) ?? 0)
                .ToArray();
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }
}
