using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// docs/edgeproxy.md, "Reload (--config file changed)": every documented outcome, observed through sockets, the
/// admin's <c>/stats</c> and <c>/clusters</c>, and the log.
/// </summary>
public sealed class ReloadDoc13Tests : IDisposable
{
    private const string RestartLine = "Listener changes need a restart; applying cluster changes only.";
    private const string RejectedLine = "Config reload rejected, keeping the running config: ";
    private readonly string _directory = Directory.CreateTempSubdirectory("edge-doc13-").FullName;
    private readonly int _admin = EdgeProxyProcess.FreePort();

    private string File13 => Path.Combine(_directory, "edge.json");

    private IPEndPoint Admin => new(IPAddress.Loopback, _admin);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // "connections already open keep the upstream they have; new connections follow the new endpoints once each
    // worker has the new table"; "An applied reload is counted in edge.config_reloads".
    [Fact]
    public async Task Changed_endpoints_move_new_connections_while_an_open_one_keeps_its_upstream()
    {
        using var upstreams = new TaggedUpstreams(2);
        File.WriteAllText(File13, Config(listeners: Listener("edge"), clusters: Cluster("backend", upstreams[0])));
        await using var proxy = await ProxyHarness.StartAsync("", File13, workers: 2);
        using Socket open = await proxy.ConnectClientAsync();
        var (first, openUpstream) = await upstreams.NextAsync("the connection open before the reload");
        using Socket openUpstreamOwned = openUpstream;
        Assert.True(first == 0, $"before the reload the only endpoint is 0; got {first}.");

        File.WriteAllText(File13, Config(listeners: Listener("edge"), clusters: Cluster("backend", upstreams[1])));
        await WaitForCounterAsync("edge.config_reloads", 1);
        await MovedToAsync(proxy, upstreams, 1, "after the endpoint change");

        // The connection open before the reload still carries bytes both ways to endpoint 0.
        await ClientObservations.SendAllAsync(open, new byte[] { 11 });
        Assert.True((await ClientObservations.ReadExactlyAsync(openUpstream, 1, "client → old upstream after the reload"))[0] == 11, "the old upstream got a different byte.");
        await ClientObservations.SendAllAsync(openUpstream, new byte[] { 12 });
        Assert.True((await ClientObservations.ReadExactlyAsync(open, 1, "old upstream → client after the reload"))[0] == 12, "the client got a different byte.");
        StatsPage stats = await StatsPage.ReadAsync(Admin);
        Assert.True(stats.Long("edge.config_reload_rejected") == 0, $"an applied reload was also counted as rejected:\n{stats.Text}");
        Assert.DoesNotContain(proxy.Log.Lines, l => l.Contains(RestartLine, StringComparison.Ordinal));
    }

    // "A reload applies cluster changes": a cluster no listener uses can be added and another removed; /clusters
    // ("one line per endpoint") follows.
    [Fact]
    public async Task Adding_and_removing_clusters_no_listener_routes_to_is_applied_and_shown_on_clusters()
    {
        using var upstreams = new TaggedUpstreams(3);
        File.WriteAllText(File13, Config(Listener("edge"), Cluster("backend", upstreams[0]) + ", " + Cluster("spare", upstreams[1])));
        await using var proxy = await ProxyHarness.StartAsync("", File13);
        string before = await AdminHttp.GetAsync(Admin, "/clusters");
        Assert.True(before.Contains($"spare::{upstreams[1]}::health_flags::healthy", StringComparison.Ordinal), $"/clusters before the reload:\n{before}");

        File.WriteAllText(File13, Config(Listener("edge"), Cluster("backend", upstreams[0]) + ", " + Cluster("extra", upstreams[2])));
        await WaitForCounterAsync("edge.config_reloads", 1);
        await DocBound.Until(async () => (await AdminHttp.GetAsync(Admin, "/clusters")).Contains($"extra::{upstreams[2]}::health_flags::healthy", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "/clusters to list the added cluster 'extra'");
        string after = await AdminHttp.GetAsync(Admin, "/clusters");
        Assert.False(after.Contains("spare::", StringComparison.Ordinal), $"the removed cluster 'spare' is still listed:\n{after}");
        Assert.True((await StatsPage.ReadAsync(Admin)).Long("edge.config_reload_rejected") == 0, "the reload was counted as rejected.");
        using Socket client = await proxy.ConnectClientAsync();
        var (index, upstream) = await upstreams.NextAsync("a client after the cluster reload");
        upstream.Dispose();
        Assert.True(index == 0, $"the listener's cluster did not change, yet the client went to endpoint {index}.");
    }

    // "a file … that would leave a running listener routing to a cluster it no longer has, is refused: logged
    // (Config reload rejected, keeping the running config: …), counted in edge.config_reload_rejected, and the
    // running config keeps serving".
    [Fact]
    public async Task Removing_the_cluster_a_listener_routes_to_is_rejected_logged_counted_and_the_old_config_serves()
    {
        using var upstreams = new TaggedUpstreams(2);
        File.WriteAllText(File13, Config(Listener("edge"), Cluster("backend", upstreams[0])));
        await using var proxy = await ProxyHarness.StartAsync("", File13);
        File.WriteAllText(File13, Config(Listener("edge"), Cluster("renamed", upstreams[1])));
        await WaitForCounterAsync("edge.config_reload_rejected", 1);
        await AssertRejectedAndOldServesAsync(proxy, upstreams, "a reload removing the listener's cluster");
    }

    // "a file that does not load … is refused" (same three observations), and the next good file is applied.
    [Theory]
    [InlineData("{ \"listeners\": [ ")]
    [InlineData("unknown-key")]
    [InlineData("zero-timeout")]
    public async Task A_file_that_does_not_load_is_rejected_and_a_later_good_file_is_applied(string bad)
    {
        using var upstreams = new TaggedUpstreams(2);
        File.WriteAllText(File13, Config(Listener("edge"), Cluster("backend", upstreams[0])));
        await using var proxy = await ProxyHarness.StartAsync("", File13);
        string badText = bad switch
        {
            "unknown-key" => Config(Listener("edge"), Cluster("backend", upstreams[1]).Replace("\"endpoints\"", "\"lb_polcy\": \"x\", \"endpoints\"", StringComparison.Ordinal)),
            "zero-timeout" => Config(Listener("edge"), Cluster("backend", upstreams[1]).Replace("\"endpoints\"", "\"connect_timeout_ms\": 0, \"endpoints\"", StringComparison.Ordinal)),
            _ => bad,
        };
        File.WriteAllText(File13, badText);
        await WaitForCounterAsync("edge.config_reload_rejected", 1);
        await AssertRejectedAndOldServesAsync(proxy, upstreams, $"a file that does not load ({bad})");

        File.WriteAllText(File13, Config(Listener("edge"), Cluster("backend", upstreams[1])));
        await WaitForCounterAsync("edge.config_reloads", 1);
        await MovedToAsync(proxy, upstreams, 1, "after the good file followed the bad one");
    }

    // "a listener change (address, max_connections, idle_timeout_ms, balance, a listener added or removed) is not
    // applied: the clusters are, the listeners keep what they started with, and the log says …".
    [Theory]
    [InlineData("address")]
    [InlineData("max_connections")]
    [InlineData("idle_timeout_ms")]
    [InlineData("balance")]
    [InlineData("added")]
    [InlineData("removed")]
    public async Task A_listener_change_is_logged_not_applied_and_the_cluster_change_beside_it_is(string change)
    {
        using var upstreams = new TaggedUpstreams(2);
        int newPort = EdgeProxyProcess.FreePort();
        string edgeBefore = Listener("edge", ", \"max_connections\": 2, \"idle_timeout_ms\": 600000");
        string second = Listener("second");
        File.WriteAllText(File13, Config(edgeBefore + ", " + second, Cluster("backend", upstreams[0])));
        await using var proxy = await ProxyHarness.StartAsync("", File13);
        IPEndPoint secondAddress = proxy.Proxy.ListenerAddresses["second"];
        string listeners = change switch
        {
            "address" => Listener("edge", ", \"max_connections\": 2, \"idle_timeout_ms\": 600000", $"127.0.0.1:{newPort}") + ", " + second,
            "max_connections" => Listener("edge", ", \"max_connections\": 1, \"idle_timeout_ms\": 600000") + ", " + second,
            "idle_timeout_ms" => Listener("edge", ", \"max_connections\": 2, \"idle_timeout_ms\": 100") + ", " + second,
            "balance" => Listener("edge", ", \"max_connections\": 2, \"idle_timeout_ms\": 600000, \"balance\": \"exact\"") + ", " + second,
            "added" => edgeBefore + ", " + second + ", " + Listener("third", "", $"127.0.0.1:{newPort}"),
            "removed" => edgeBefore,
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        // Unchanged listeners stay '127.0.0.1:0' in the new file, as in the running one: only the change under test differs.
        File.WriteAllText(File13, Config(listeners, Cluster("backend", upstreams[1])));
        await DocBound.Until(() => Task.FromResult(proxy.Log.Lines.Any(l => l.Contains(RestartLine, StringComparison.Ordinal))), TimeSpan.FromSeconds(10), $"the log line '{RestartLine}' after a listener change ({change})");
        await MovedToAsync(proxy, upstreams, 1, $"the cluster change beside a listener change ({change})");
        Assert.DoesNotContain(proxy.Log.Lines, l => l.Contains(RejectedLine, StringComparison.Ordinal));

        switch (change)
        {
            case "address":
            case "added":
                await AssertNothingListensAsync(new IPEndPoint(IPAddress.Loopback, newPort), change);
                break;
            case "max_connections":
            {
                // Started with 2: two held clients are still served after the file said 1.
                using Socket a = await proxy.ConnectClientAsync();
                using Socket upA = (await upstreams.NextAsync("held client 1 after max_connections 2 → 1")).Socket;
                using Socket b = await proxy.ConnectClientAsync();
                using Socket upB = (await upstreams.NextAsync("held client 2 after max_connections 2 → 1: the running cap is still 2")).Socket;
                await ClientObservations.SendAllAsync(b, new byte[] { 5 });
                Assert.True((await ClientObservations.ReadExactlyAsync(upB, 1, "the second held client's byte"))[0] == 5, "wrong byte");
                break;
            }

            case "removed":
            {
                using Socket client = await ClientObservations.ConnectAsync(secondAddress);
                using Socket up = (await upstreams.NextAsync("a client of the listener the new file removed")).Socket;
                break;
            }
        }
    }

    private async Task AssertRejectedAndOldServesAsync(ProxyHarness proxy, TaggedUpstreams upstreams, string what)
    {
        await DocBound.Until(() => Task.FromResult(proxy.Log.Lines.Any(l => l.Contains(RejectedLine, StringComparison.Ordinal))), TimeSpan.FromSeconds(10), $"{what}: the log line '{RejectedLine}…'");
        StatsPage stats = await StatsPage.ReadAsync(Admin);
        Assert.True(stats.Long("edge.config_reload_rejected") == 1 && stats.Long("edge.config_reloads") == 0,
            $"{what}: config_reload_rejected {stats.Long("edge.config_reload_rejected")}, config_reloads {stats.Long("edge.config_reloads")}; expected 1 and 0.");
        for (int i = 0; i < 3; i++)
        {
            using Socket client = await proxy.ConnectClientAsync();
            var (index, upstream) = await upstreams.NextAsync($"{what}: client {i} after the rejection", TimeSpan.FromSeconds(10));
            upstream.Dispose();
            Assert.True(index == 0, $"{what}: client {i} went to endpoint {index}; the running config (endpoint 0) should keep serving.");
        }
    }

    /// <summary>
    /// Waits (bounded) until a new connection lands on <paramref name="target"/>, then checks the next three do too.
    /// Each client is released (downstream_cx_active back to what it was) before the next, so a listener's cap never refuses one.
    /// </summary>
    private async Task MovedToAsync(ProxyHarness proxy, TaggedUpstreams upstreams, int target, string what)
    {
        var seen = new List<int>();
        async Task<int> OneAsync(string which)
        {
            long open = (await StatsPage.ReadAsync(Admin)).Long("edge.downstream_cx_active{listener=edge}");
            int index;
            using (Socket client = await proxy.ConnectClientAsync())
            {
                var next = await upstreams.NextAsync($"{what}: {which}", TimeSpan.FromSeconds(10));
                next.Socket.Dispose();
                index = next.Index;
            }

            await DocBound.Until(async () => (await StatsPage.ReadAsync(Admin)).Long("edge.downstream_cx_active{listener=edge}") == open, TimeSpan.FromSeconds(10), $"{what}: {which} to be released (downstream_cx_active back to {open})");
            return index;
        }

        await DocBound.Until(async () =>
        {
            seen.Add(await OneAsync("a new client"));
            return seen[^1] == target;
        }, TimeSpan.FromSeconds(10), $"{what}: a new connection on endpoint {target} (seen {string.Join(",", seen)})");
        for (int i = 0; i < 3; i++)
        {
            int index = await OneAsync($"client {i} after the move");
            Assert.True(index == target, $"{what}: client {i} went to endpoint {index} after another had reached {target}.");
        }
    }

    private static async Task AssertNothingListensAsync(IPEndPoint endpoint, string what)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var error = await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(endpoint).WaitAsync(ProxyHarness.Timeout));
        Assert.True(error.SocketErrorCode == SocketError.ConnectionRefused, $"{what}: connecting to {endpoint}, which only the new file names, gave {error.SocketErrorCode}; expected refused (the listener is not applied).");
    }

    private async Task WaitForCounterAsync(string stat, long value) =>
        await DocBound.Until(async () => (await StatsPage.ReadAsync(Admin)).Long(stat) >= value, TimeSpan.FromSeconds(10), $"{stat} to reach {value}");

    private string Config(string listeners, string clusters) => $$"""
        {
          "listeners": [ {{listeners}} ],
          "clusters": [ {{clusters}} ],
          "admin": { "address": "127.0.0.1:{{_admin}}" }
        }
        """;

    private static string Listener(string name, string extras = "", string address = "127.0.0.1:0") =>
        $$"""{ "name": "{{name}}", "address": "{{address}}", "cluster": "backend"{{extras}} }""";

    private static string Cluster(string name, IPEndPoint endpoint) =>
        $$"""{ "name": "{{name}}", "endpoints": [ "{{endpoint}}" ] }""";
}
