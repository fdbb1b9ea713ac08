using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>
/// Balancing as documented: round robin and least request per worker (README), and the listener's <c>balance</c>
/// (docs/edgeproxy.md, "Spreading connections over workers").
/// </summary>
public sealed class Balance12Tests
{
    [Fact]
    public async Task Round_robin_on_one_worker_takes_the_endpoints_in_turn()
    {
        using var upstreams = new TaggedUpstreams(3);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0], upstreams[1], upstreams[2]], out _), workers: 1);
        var picks = new List<int>();
        for (int i = 0; i < 30; i++)
        {
            using Socket client = await proxy.ConnectClientAsync();
            var (index, upstream) = await upstreams.NextAsync($"client {i}'s upstream");
            upstream.Dispose();
            picks.Add(index);
        }

        for (int i = 3; i < picks.Count; i++)
        {
            Assert.True(picks[i] == picks[i - 3], $"round robin over 3 endpoints broke its turn at pick {i}: {string.Join(",", picks)}");
        }

        Assert.Equal(3, picks.Take(3).Distinct().Count());
    }

    [Fact]
    public async Task Round_robin_per_worker_spreads_many_connections_within_one_per_worker()
    {
        const int Workers = 2, Connections = 60;
        using var upstreams = new TaggedUpstreams(2);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0], upstreams[1]], out _), workers: Workers);
        int[] counts = new int[2];
        for (int i = 0; i < Connections; i++)
        {
            using Socket client = await proxy.ConnectClientAsync();
            var (index, upstream) = await upstreams.NextAsync($"client {i}'s upstream");
            upstream.Dispose();
            counts[index]++;
        }

        // Each worker alternates on its own: each endpoint gets half of each worker's share, rounded either way.
        Assert.True(Math.Abs(counts[0] - counts[1]) <= Workers, $"{Connections} connections over 2 endpoints by round robin on {Workers} workers split {counts[0]}/{counts[1]}.");
    }

    [Fact]
    public async Task Exact_balance_keeps_held_connections_within_one_per_worker_and_refills_the_emptied_worker()
    {
        const int Workers = 3;
        int seed = Environment.TickCount;
        var random = new Random(seed);
        using var upstream = new Echo12();
        await using var proxy = await Edge12.Start(
            () => Edge12.Config([upstream.EndPoint], out _, listenerExtras: ", \"balance\": \"exact\""), workers: Workers);
        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < 12; i++)
            {
                Socket client = await proxy.ConnectClientAsync();
                await ClientObservations.SendAllAsync(client, [(byte)i]);
                Assert.Equal(i, await SocketProbe.FirstByteAsync(client, $"client {i}'s echo"));
                held.Add(client);
            }

            await AssertSpread(proxy, Workers, 12, $"seed {seed}: 12 held connections");

            int closing = 1 + random.Next(held.Count - 1);
            for (int i = 0; i < closing; i++)
            {
                int which = random.Next(held.Count);
                held[which].Dispose();
                held.RemoveAt(which);
            }

            await DocBound.Until(async () => (await Edge12.Gauges(proxy, "edge.worker.downstream_cx_active")).Values.Sum() == held.Count, ProxyHarness.Timeout, $"seed {seed}: the workers' active connections to fall to {held.Count}");
            for (int i = 0; i < closing; i++)
            {
                Socket client = await proxy.ConnectClientAsync();
                await ClientObservations.SendAllAsync(client, [(byte)i]);
                Assert.Equal(i, await SocketProbe.FirstByteAsync(client, $"refill client {i}'s echo"));
                held.Add(client);
            }

            await AssertSpread(proxy, Workers, 12, $"seed {seed}: 12 held after closing {closing} at random and opening as many");
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    private static async Task AssertSpread(ProxyHarness proxy, int workers, int total, string what)
    {
        Dictionary<string, long> perWorker = [];
        await DocBound.Until(
            async () => (perWorker = await Edge12.Gauges(proxy, "edge.worker.downstream_cx_active")).Values.Sum() == total,
            ProxyHarness.Timeout,
            $"{what}: the workers' active connections to add up to {total}");
        string spread = string.Join(", ", perWorker.Select(p => $"{p.Key}={p.Value}"));
        Assert.True(perWorker.Count == workers, $"{what}: {perWorker.Count} workers report connections ({spread}).");
        Assert.True(perWorker.Values.Max() - perWorker.Values.Min() <= 1, $"{what}: spread {spread} differs by more than one.");
    }
}
