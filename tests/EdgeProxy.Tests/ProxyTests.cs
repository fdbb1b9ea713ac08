using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Stats;

namespace EdgeProxy.Tests;

public sealed class ProxyTests
{
    [Fact]
    public async Task One_megabyte_payloads_arrive_byte_exact_on_100_concurrent_connections()
    {
        await using var a = EchoUpstream.Start("a");
        await using var b = EchoUpstream.Start("b");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(a.EndPoint, b.EndPoint)));
        var random = new Random(7);
        var payloads = Enumerable.Range(0, 100).Select(_ =>
        {
            byte[] bytes = new byte[1 << 20];
            random.NextBytes(bytes);
            return bytes;
        }).ToArray();

        byte[][] echoed = await Task.WhenAll(payloads.Select(harness.RoundTripAsync));

        for (int i = 0; i < payloads.Length; i++)
        {
            Assert.True(payloads[i].AsSpan().SequenceEqual(echoed[i]), $"connection {i} was not byte-exact ({echoed[i].Length} bytes back)");
        }

        StatsSnapshot stats = await harness.Pool.Stats.FlushAsync();
        Assert.Equal(100, stats.Counter("edge.downstream_cx_total", new KeyValuePair<string, string>("listener", "edge")));
        Assert.Equal(100L << 20, stats.Counter("edge.downstream_bytes_rx", new KeyValuePair<string, string>("listener", "edge")));
        Assert.Equal(100L << 20, stats.Counter("edge.downstream_bytes_tx", new KeyValuePair<string, string>("listener", "edge")));
        Assert.Equal(0, stats.Gauge("edge.downstream_cx_active", new KeyValuePair<string, string>("listener", "edge")));
        Assert.Equal(100, a.Accepted + b.Accepted);
        Assert.True(a.Accepted > 0 && b.Accepted > 0, $"round robin sent {a.Accepted} / {b.Accepted}");
    }

    [Fact]
    public async Task An_upstream_killed_mid_run_sends_new_connections_to_the_healthy_one_and_is_counted()
    {
        await using var healthy = EchoUpstream.Start("healthy");
        var doomed = EchoUpstream.Start("doomed");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(healthy.EndPoint, doomed.EndPoint), healthIntervalMs: 50));
        byte[] hello = "hello"u8.ToArray();
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(hello, await harness.RoundTripAsync(hello));
        }

        Assert.True(doomed.Accepted > 0);
        await doomed.DisposeAsync();

        // Before the health check notices, a failed connect falls through to the next endpoint; after, it is skipped.
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(hello, await harness.RoundTripAsync(hello));
        }

        await ProxyHarness.WaitUntilAsync(async () => !(await harness.Proxy.CurrentTableAsync()).Clusters["backend"].Endpoints.Single(e => e.Address.Port == doomed.EndPoint.Port).Healthy, "the health check to mark the killed upstream");
        int before = healthy.Accepted;
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal(hello, await harness.RoundTripAsync(hello));
        }

        // Health probes connect too, so at least the ten new connections landed on the healthy upstream.
        Assert.True(healthy.Accepted >= before + 10, $"{healthy.Accepted - before} of 10 new connections reached the healthy upstream");
        StatsSnapshot stats = await harness.Pool.Stats.FlushAsync();
        Assert.Equal(1, stats.Counter("edge.health_transitions", new KeyValuePair<string, string>("cluster", "backend")));
        long failures = stats.Counter("edge.upstream_cx_connect_fail", new KeyValuePair<string, string>("cluster", "backend")) ?? 0;
        Assert.True(failures <= 20, $"{failures} connect failures");
        Assert.Contains(harness.Log.Lines, l => l.Contains("is now unhealthy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_config_change_moves_new_connections_while_open_ones_continue()
    {
        await using var first = EchoUpstream.Start("first");
        await using var second = EchoUpstream.Start("second");
        string directory = Directory.CreateTempSubdirectory("edge-config-").FullName;
        string path = Path.Combine(directory, "edge.json");
        await File.WriteAllTextAsync(path, ProxyHarness.Config(ProxyHarness.Quote(first.EndPoint)));
        await using var harness = await ProxyHarness.StartAsync(json: "", watchPath: path);

        using Socket open = await harness.ConnectClientAsync();
        await EchoOnceAsync(open, "before");
        Assert.Equal(1, first.Accepted);

        await File.WriteAllTextAsync(path, ProxyHarness.Config(ProxyHarness.Quote(second.EndPoint)));
        await ProxyHarness.WaitUntilAsync(async () => (await harness.Proxy.CurrentTableAsync()).Clusters["backend"].Endpoints.Single().Address.Port == second.EndPoint.Port, "the reload");
        // Main has the new table; each worker gets it through its own queue (read-copy-update), so wait until every
        // worker holds it before a new connection is expected to follow it.
        foreach (Weft.Threading.Dispatcher worker in harness.Pool.Workers)
        {
            await ProxyHarness.WaitUntilAsync(async () => await worker.InvokeAsync(() => ClusterTable.Current.Clusters["backend"].Endpoints.Single().Address.Port) == second.EndPoint.Port, $"the reload to reach {worker.Name}");
        }

        Assert.Equal("new"u8.ToArray(), await harness.RoundTripAsync("new"u8.ToArray()));
        Assert.Equal(1, second.Accepted);
        Assert.Equal(1, first.Accepted);
        await EchoOnceAsync(open, "still open on the old upstream");
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_bad_config_is_reported_clearly_and_the_old_one_stays()
    {
        await using var upstream = EchoUpstream.Start("kept");
        string directory = Directory.CreateTempSubdirectory("edge-bad-").FullName;
        string path = Path.Combine(directory, "edge.json");
        await File.WriteAllTextAsync(path, ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        await using var harness = await ProxyHarness.StartAsync(json: "", watchPath: path);
        long version = (await harness.Proxy.CurrentTableAsync()).Version;

        string bad = Path.Combine(directory, "bad.json");
        await File.WriteAllTextAsync(bad, "{ \"clusters\": [ { \"name\": \"backend\", \"endpoints\": [ \"not-an-endpoint\" ] } ] }");
        Assert.False(await harness.Proxy.ReloadAsync(bad));
        await File.WriteAllTextAsync(bad, "{ this is not json");
        Assert.False(await harness.Proxy.ReloadAsync(bad));

        Assert.Equal(2, harness.Proxy.RejectedReloads);
        Assert.Contains(harness.Log.Lines, l => l.Contains("Config reload rejected", StringComparison.Ordinal) && l.Contains("'not-an-endpoint' is not host:port", StringComparison.Ordinal));
        Assert.Contains(harness.Log.Lines, l => l.Contains("invalid JSON at line 1", StringComparison.Ordinal));
        Assert.Equal(version, (await harness.Proxy.CurrentTableAsync()).Version);
        Assert.Equal("ok"u8.ToArray(), await harness.RoundTripAsync("ok"u8.ToArray()));
        Assert.Throws<ConfigException>(() => ProxyConfig.Parse("""{ "listeners": [ { "address": "127.0.0.1:1", "cluster": "nope" } ], "clusters": [] }""", "inline"));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Least_request_sends_new_connections_to_the_endpoint_with_fewer_open_ones_where_round_robin_would_alternate()
    {
        await using var a = EchoUpstream.Start("a");
        await using var b = EchoUpstream.Start("b");
        // One worker, so one balancer sees every connection and the choices are deterministic.
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(a.EndPoint, b.EndPoint), lbPolicy: "least_request"), workers: 1);
        var held = new List<Socket>();
        for (int i = 0; i < 3; i++)
        {
            held.Add(await harness.ConnectClientAsync());
            await EchoOnceAsync(held[i], $"hold {i}");
        }

        Assert.Equal((2, 1), (a.Accepted, b.Accepted));

        // Close b's only connection: b now has 0 open, a has 2. The next two both belong on b (round robin: b, then a).
        held[1].Dispose();
        await ProxyHarness.WaitUntilAsync(
            async () => await harness.GaugeAsync("edge.upstream_cx_active", new("cluster", "backend"), new("endpoint", b.EndPoint.ToString())) == 0,
            "b's connection to be released");
        for (int i = 0; i < 2; i++)
        {
            held.Add(await harness.ConnectClientAsync());
            await EchoOnceAsync(held[^1], $"new {i}");
        }

        Assert.True((a.Accepted, b.Accepted) == (2, 3), $"a accepted {a.Accepted}, b {b.Accepted}: least request sends both new connections to b (round robin gives a 3, b 2)");
        held.ForEach(s => s.Dispose());
    }

    private static async Task EchoOnceAsync(Socket socket, string text)
    {
        byte[] bytes = System.Text.Encoding.ASCII.GetBytes(text);
        await socket.SendAsync(bytes, SocketFlags.None);
        byte[] buffer = new byte[bytes.Length];
        int got = 0;
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        while (got < bytes.Length)
        {
            int read = await socket.ReceiveAsync(buffer.AsMemory(got), SocketFlags.None, timeout.Token);
            Assert.NotEqual(0, read);
            got += read;
        }

        Assert.Equal(bytes, buffer);
    }
}
