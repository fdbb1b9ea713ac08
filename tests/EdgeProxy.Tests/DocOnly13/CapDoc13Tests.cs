using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// docs/edgeproxy.md: "max_connections counts a listener's connections on every worker together (one count per
/// listener, in either balance mode), not per worker" and the fault row "at the listener's connection cap: new
/// connections are accepted and closed at once (RST); open ones are untouched | edge.downstream_cx_overflow".
/// </summary>
public sealed class CapDoc13Tests
{
    [Theory]
    [InlineData("kernel")]
    [InlineData("exact")]
    public async Task Max_connections_is_one_count_over_every_worker_and_refused_clients_get_a_reset(string balance)
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        await using var proxy = await ProxyHarness.StartAsync(
            Config13.Single(admin, Config13.Quote(echo.EndPoint), listenerExtras: $", \"max_connections\": 3, \"balance\": \"{balance}\""), workers: 2);
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                held.Add(await Client13.ProxiedAsync(proxy.Listener, (byte)(1 + i), $"{balance}: held client {i} under the cap of 3"));
            }

            // Six more: with a cap per worker (3 on each of two workers) some would be served.
            for (int i = 0; i < 6; i++)
            {
                bool reset = await Client13.RefusedAsync(proxy.Listener, $"{balance}: client {i} past the cap of 3");
                Assert.True(reset, $"{balance}: client {i} past the cap was closed with FIN; the doc says closed at once (RST).");
            }

            // The doc does not order the count against the reset the client sees: wait for it, then check it exactly.
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_overflow{listener=edge}") >= 6, TimeSpan.FromSeconds(10), $"{balance}: overflow to count the 6 refused clients");
            StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
            Assert.True(stats.Long("edge.downstream_cx_overflow{listener=edge}") == 6, $"{balance}: overflow {stats.Long("edge.downstream_cx_overflow{listener=edge}")}, expected 6.\n{stats.Text}");
            Assert.True(stats.Long("edge.downstream_cx_total{listener=edge}") == 3, $"{balance}: downstream_cx_total {stats.Long("edge.downstream_cx_total{listener=edge}")}; the doc counts accepted-and-served clients only (3), not overflow.");
            Assert.True(stats.Long("edge.upstream_cx_total{cluster=backend}") == 3 && echo.Accepted == 3, $"{balance}: upstream connections {stats.Long("edge.upstream_cx_total{cluster=backend}")} (upstream saw {echo.Accepted}); refused clients must not reach the upstream.");

            // "open ones are untouched"
            for (int i = 0; i < held.Count; i++)
            {
                await ClientObservations.SendAllAsync(held[i], new byte[] { (byte)(100 + i) });
                int? echoed = await SocketProbe.FirstByteAsync(held[i], $"{balance}: held client {i} after the refusals");
                Assert.True(echoed == 100 + i, $"{balance}: held client {i} got {echoed?.ToString() ?? "end of stream/reset"} after the refusals.");
            }

            held[0].Dispose();
            held.RemoveAt(0);
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_active{listener=edge}") == 2, TimeSpan.FromSeconds(10), $"{balance}: downstream_cx_active to drop to 2 after a held client closed");
            held.Add(await Client13.ProxiedAsync(proxy.Listener, 77, $"{balance}: a client after one of the three closed"));
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    // The cap is per listener: a second listener's clients do not count against the first one's cap.
    [Fact]
    public async Task Max_connections_of_one_listener_does_not_count_another_listeners_connections()
    {
        using var echo = new EchoUpstream13();
        int admin = EdgeProxyProcess.FreePort();
        var adminEndPoint = new IPEndPoint(IPAddress.Loopback, admin);
        string json = $$"""
            {
              "listeners": [
                { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend", "max_connections": 2 },
                { "name": "other", "address": "127.0.0.1:0", "cluster": "backend", "max_connections": 2 } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{echo.EndPoint}}" ] } ],
              "admin": { "address": "127.0.0.1:{{admin}}" }
            }
            """;
        await using var proxy = await ProxyHarness.StartAsync(json, workers: 2);
        IPEndPoint other = proxy.Proxy.ListenerAddresses["other"];
        var held = new List<Socket>();
        try
        {
            held.Add(await Client13.ProxiedAsync(proxy.Listener, 1, "edge client 0"));
            held.Add(await Client13.ProxiedAsync(proxy.Listener, 2, "edge client 1"));
            held.Add(await Client13.ProxiedAsync(other, 3, "other client 0 while edge is at its cap"));
            held.Add(await Client13.ProxiedAsync(other, 4, "other client 1 while edge is at its cap"));
            Assert.True(await Client13.RefusedAsync(other, "other client 2 past other's cap"), "other's third client was closed with FIN, not RST.");
            await DocBound.Until(async () => (await StatsPage.ReadAsync(adminEndPoint)).Long("edge.downstream_cx_overflow{listener=other}") >= 1, TimeSpan.FromSeconds(10), "overflow to count the refused client of 'other'");
            StatsPage stats = await StatsPage.ReadAsync(adminEndPoint);
            Assert.True(stats.Long("edge.downstream_cx_overflow{listener=other}") == 1 && stats.Long("edge.downstream_cx_overflow{listener=edge}") == 0,
                $"overflow edge={stats.Long("edge.downstream_cx_overflow{listener=edge}")} other={stats.Long("edge.downstream_cx_overflow{listener=other}")}; expected 0 and 1 (counted on the listener the client came to).");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }
}
