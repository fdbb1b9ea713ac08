using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Stats;

namespace EdgeProxy.Tests;

/// <summary>The upstream connect: a connect that succeeded is used, never counted failed and retried elsewhere.</summary>
public sealed class ConnectPathTests
{
    [Fact]
    public async Task A_connect_the_upstream_completed_is_not_retried_elsewhere_when_the_process_sees_its_completion_late()
    {
        await using var a = EchoUpstream.Start("a");
        await using var b = EchoUpstream.Start("b");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(a.EndPoint, b.EndPoint), connectTimeoutMs: 20));
        byte[] hello = "hello"u8.ToArray();
        const int Connections = 2;
        int echoed = 0;
        var failures = new List<string>();
        using (new ThreadPoolBacklog(depth: 200, spinPerItem: TimeSpan.FromMilliseconds(1)))
        {
            for (int i = 0; i < Connections; i++)
            {
                try
                {
                    byte[] back = await harness.RoundTripAsync(hello);
                    echoed += back.AsSpan().SequenceEqual(hello) ? 1 : 0;
                }
                catch (System.Net.Sockets.SocketException ex)
                {
                    failures.Add(ex.SocketErrorCode.ToString());
                }
            }
        }

        await ProxyHarness.WaitUntilAsync(() => Task.FromResult(a.Accepted + b.Accepted >= Connections), "the upstreams to accept");
        StatsSnapshot stats = await harness.Pool.Stats.FlushAsync();
        long connectFailures = stats.Counter("edge.upstream_cx_connect_fail", new KeyValuePair<string, string>("cluster", "backend")) ?? 0;
        Assert.True(
            echoed == Connections && a.Accepted + b.Accepted == Connections && connectFailures == 0,
            $"{Connections} client connections ({echoed} echoed, failed: {string.Join(", ", failures)}) opened {a.Accepted} + {b.Accepted} upstream connections with {connectFailures} connect failures counted");
    }
}
