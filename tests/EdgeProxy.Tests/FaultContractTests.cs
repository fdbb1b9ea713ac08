using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using System.Collections.Immutable;

namespace EdgeProxy.Tests;

/// <summary>
/// The proxy's contract under faults, as a client and an upstream observe it over loopback (black-box: only sockets,
/// stats and the admin are looked at, so these hold whatever I/O layer carries the proxy).
/// </summary>
public sealed class FaultContractTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task An_upstream_reset_mid_stream_resets_the_client_within_one_second()
    {
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        using Socket client = await harness.ConnectClientAsync();
        await ClientObservations.SendAllAsync(client, "request"u8.ToArray());
        using Socket server = await upstream.AcceptAsync();
        await ClientObservations.ReadExactlyAsync(server, 7, "the upstream reading the request");
        await ClientObservations.SendAllAsync(server, new byte[10_000]);
        ClientObservations.Reset(server);

        var (reset, received) = await ClientObservations.ReadToEndAsync(client, OneSecond, "after the upstream reset");

        Assert.True(reset, $"the client saw a FIN after {received.Length} bytes; an upstream reset must reach it as a reset");
        Assert.True(received.Length <= 10_000, $"{received.Length} bytes arrived, more than the upstream sent before its reset");
        await ProxyHarness.WaitUntilAsync(async () => await harness.CounterAsync("edge.downstream_cx_reset", "listener", "edge") == 1, "the reset to be counted");
    }

    [Fact]
    public async Task An_upstream_FIN_delivers_every_byte_then_FIN_and_the_client_direction_stays_open()
    {
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        using Socket client = await harness.ConnectClientAsync();
        await ClientObservations.SendAllAsync(client, "hi"u8.ToArray());
        using Socket server = await upstream.AcceptAsync();
        await ClientObservations.ReadExactlyAsync(server, 2, "the upstream reading hi");
        byte[] body = RandomBytes(1, 300_000);
        await ClientObservations.SendAllAsync(server, body);
        server.Shutdown(SocketShutdown.Send);

        var (reset, received) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "the upstream's body and FIN");
        Assert.False(reset, "an upstream FIN reached the client as a reset");
        Assert.True(body.AsSpan().SequenceEqual(received), $"{received.Length} of {body.Length} bytes arrived before the FIN, or they differ");

        // Half-closed, not closed: the client can still talk to the upstream, which sees its FIN after the bytes.
        await ClientObservations.SendAllAsync(client, "still here"u8.ToArray());
        Assert.Equal("still here"u8.ToArray(), await ClientObservations.ReadExactlyAsync(server, 10, "the upstream reading after its own FIN"));
        client.Shutdown(SocketShutdown.Send);
        var (upstreamReset, rest) = await ClientObservations.ReadToEndAsync(server, ProxyHarness.Timeout, "the client's FIN at the upstream");
        Assert.False(upstreamReset, "the client's FIN reached the upstream as a reset");
        Assert.Empty(rest);
    }

    [Fact]
    public async Task A_client_FIN_delivers_every_byte_then_FIN_and_the_upstream_direction_stays_open()
    {
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        using Socket client = await harness.ConnectClientAsync();
        byte[] body = RandomBytes(2, 300_000);
        Task send = ClientObservations.SendAllAsync(client, body);
        using Socket server = await upstream.AcceptAsync();
        await send;
        client.Shutdown(SocketShutdown.Send);

        var (reset, received) = await ClientObservations.ReadToEndAsync(server, ProxyHarness.Timeout, "the client's body and FIN at the upstream");
        Assert.False(reset, "a client FIN reached the upstream as a reset");
        Assert.True(body.AsSpan().SequenceEqual(received), $"{received.Length} of {body.Length} bytes reached the upstream before the FIN, or they differ");

        await ClientObservations.SendAllAsync(server, "reply"u8.ToArray());
        server.Shutdown(SocketShutdown.Send);
        var (clientReset, reply) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "the reply after the client's FIN");
        Assert.False(clientReset, "the upstream's FIN reached the client as a reset");
        Assert.Equal("reply"u8.ToArray(), reply);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_client_reset_or_close_closes_the_upstream_within_one_second_and_releases_its_count(bool reset)
    {
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint), lbPolicy: "least_request"));
        Socket client = await harness.ConnectClientAsync();
        await ClientObservations.SendAllAsync(client, "x"u8.ToArray());
        using Socket server = await upstream.AcceptAsync();
        await ClientObservations.ReadExactlyAsync(server, 1, "the upstream reading x");
        var endpoint = new KeyValuePair<string, string>("endpoint", upstream.EndPoint.ToString());
        var cluster = new KeyValuePair<string, string>("cluster", "backend");
        Assert.Equal(1, await harness.GaugeAsync("edge.upstream_cx_active", cluster, endpoint));

        if (reset)
        {
            ClientObservations.Reset(client);
        }
        else
        {
            // A client that closes and is gone: the proxy learns it when the upstream's next bytes bounce off it.
            client.Dispose();
            await ClientObservations.SendAllAsync(server, "late"u8.ToArray());
        }

        var (_, received) = await ClientObservations.ReadToEndAsync(server, OneSecond, "the upstream after the client went away");
        Assert.Empty(received);
        await ProxyHarness.WaitUntilAsync(async () => await harness.GaugeAsync("edge.upstream_cx_active", cluster, endpoint) == 0, "the least-request count to be released", OneSecond);
        Assert.Equal(0, harness.Proxy.OpenConnections);
    }

    [Fact]
    public async Task A_blackholed_upstream_times_out_and_the_next_endpoint_serves_then_with_none_left_the_client_is_closed_and_counted()
    {
        using var hole = await BlackholeUpstream.StartAsync();
        await using var echo = EchoUpstream.Start("echo");
        // One worker: its round-robin cursor starts at the blackhole.
        await using (var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(hole.EndPoint, echo.EndPoint), connectTimeoutMs: 200), workers: 1))
        {
            var clock = Stopwatch.StartNew();
            Assert.Equal("ping"u8.ToArray(), await harness.RoundTripAsync("ping"u8.ToArray()));
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(200), $"served in {clock.ElapsedMilliseconds} ms: the blackhole was not tried first");
            Assert.Equal(1, await harness.CounterAsync("edge.upstream_cx_connect_timeout", "cluster", "backend"));
            Assert.Equal(1, await harness.CounterAsync("edge.upstream_cx_connect_fail", "cluster", "backend"));
            Assert.Equal(1, echo.Accepted);
        }

        await using (var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(hole.EndPoint), connectTimeoutMs: 200), workers: 1))
        {
            using Socket client = await harness.ConnectClientAsync();
            var (_, received) = await ClientObservations.ReadToEndAsync(client, TimeSpan.FromSeconds(2), "a client whose only upstream never answers");
            Assert.Empty(received);
            Assert.Equal(1, await harness.CounterAsync("edge.upstream_cx_connect_fail", "cluster", "backend"));
            Assert.Equal(1, await harness.CounterAsync("edge.downstream_cx_no_upstream", "listener", "edge"));
        }
    }

    [Fact]
    public async Task An_idle_connection_is_closed_on_both_sides_after_the_idle_timeout_and_counted()
    {
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint), listenerExtras: ", \"idle_timeout_ms\": 300"));
        using Socket client = await harness.ConnectClientAsync();
        await ClientObservations.SendAllAsync(client, "x"u8.ToArray());
        using Socket server = await upstream.AcceptAsync();
        await ClientObservations.ReadExactlyAsync(server, 1, "the upstream reading x");

        var clientSide = ClientObservations.ReadToEndAsync(client, TimeSpan.FromSeconds(2), "the idle client");
        var upstreamSide = ClientObservations.ReadToEndAsync(server, TimeSpan.FromSeconds(2), "the idle upstream");
        Assert.Empty((await clientSide).Received);
        Assert.Empty((await upstreamSide).Received);
        await ProxyHarness.WaitUntilAsync(async () => await harness.CounterAsync("edge.downstream_cx_idle_timeout", "listener", "edge") == 1, "the idle close to be counted");
    }

    [Fact]
    public void The_idle_timeout_defaults_to_one_hour_and_is_configurable()
    {
        ProxyConfig defaults = ProxyConfig.Parse(ProxyHarness.Config("\"127.0.0.1:1\""), "test");
        ProxyConfig set = ProxyConfig.Parse(ProxyHarness.Config("\"127.0.0.1:1\"", listenerExtras: ", \"idle_timeout_ms\": 1500"), "test");
        Assert.Equal(TimeSpan.FromHours(1), defaults.Listeners[0].IdleTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), set.Listeners[0].IdleTimeout);
    }

    [Fact]
    public async Task At_the_connection_cap_new_clients_are_accepted_and_closed_at_once_and_counted_while_open_ones_continue()
    {
        await using var echo = EchoUpstream.Start("echo");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(echo.EndPoint), listenerExtras: ", \"max_connections\": 2"));
        Assert.Equal(2, harness.Proxy.ConnectionCaps["edge"]);
        using Socket first = await harness.ConnectClientAsync();
        using Socket second = await harness.ConnectClientAsync();
        await EchoAsync(first, "one");
        await EchoAsync(second, "two");

        byte[] received;
        try
        {
            using Socket third = await harness.ConnectClientAsync();
            (_, received) = await ClientObservations.ReadToEndAsync(third, OneSecond, "a client over the cap");
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
        {
            // The loop accepts and resets within microseconds: on loopback the RST can overtake the completion of the
            // client's own connect, which then reports the reset (the handshake had finished: not a refusal).
            received = [];
        }

        Assert.Empty(received);
        Assert.Equal(1, await harness.CounterAsync("edge.downstream_cx_overflow", "listener", "edge"));
        await EchoAsync(first, "still one");
        await EchoAsync(second, "still two");
        Assert.Equal(2, echo.Accepted);
    }

    [Fact]
    public void The_default_cap_is_derived_from_the_descriptor_limit_two_per_connection()
    {
        Assert.Equal((1024 - 100 - ConnectionLimits.ReservedDescriptors) / 2, ConnectionLimits.DefaultPerListener(1024, openAtStart: 100, listeners: 1));
        Assert.Equal((1024 - 100 - ConnectionLimits.ReservedDescriptors) / 4, ConnectionLimits.DefaultPerListener(1024, openAtStart: 100, listeners: 2));
        Assert.Equal(1, ConnectionLimits.DefaultPerListener(10, openAtStart: 0, listeners: 1));
        Assert.Equal(1, ConnectionLimits.DefaultPerListener(160, openAtStart: 150, listeners: 1));
        Assert.True(ConnectionLimits.FileDescriptorLimit() > 0);
    }

    [Fact]
    public async Task A_slow_reader_holds_the_upstream_back_instead_of_the_proxy_buffering_for_it()
    {
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        using Socket client = await harness.ConnectClientAsync();
        await ClientObservations.SendAllAsync(client, "go"u8.ToArray());
        using Socket server = await upstream.AcceptAsync();
        await ClientObservations.ReadExactlyAsync(server, 2, "the upstream reading go");

        const int Total = 64 << 20;
        byte[] chunk = RandomBytes(3, 64 * 1024);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        Task send = Task.Run(async () =>
        {
            for (int sent = 0; sent < Total; sent += chunk.Length)
            {
                await ClientObservations.SendAllAsync(server, chunk);
            }
        });

        // The client reads nothing: the upstream must be held back well before 64 MB.
        Assert.NotSame(send, await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(2))));
        long stalledRx = await harness.CounterAsync("edge.downstream_bytes_tx", "listener", "edge");
        long during = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(stalledRx < 32 << 20, $"the proxy read {stalledRx >> 20} MB from the upstream for a client that reads nothing");
        Assert.True(during - before < 4 << 20, $"managed memory grew {(during - before) >> 10} KB while the reader was stalled");

        // Then the reader catches up and every byte arrives.
        byte[] received = await ClientObservations.ReadExactlyAsync(client, Total, "the slow reader catching up");
        await send;
        for (int offset = 0; offset < Total; offset += chunk.Length)
        {
            Assert.True(chunk.AsSpan().SequenceEqual(received.AsSpan(offset, chunk.Length)), $"bytes differ at {offset}");
        }
    }

    [Fact]
    public void The_round_robin_cursor_wraps_without_overflow()
    {
        var endpoints = new[] { new HostPort("127.0.0.1", 1), new HostPort("127.0.0.1", 2), new HostPort("127.0.0.1", 3) };
        var cluster = new ClusterState("c", LbPolicy.RoundRobin, endpoints.Select(e => new EndpointState(e, true)).ToImmutableArray(), OneSecond);
        foreach (LbPolicy policy in new[] { LbPolicy.RoundRobin, LbPolicy.LeastRequest })
        {
            var balancer = new Balancer(cluster with { Policy = policy }, previous: null) { Cursor = uint.MaxValue - 2 };
            var firsts = new List<int>();
            for (int i = 0; i < 7; i++)
            {
                firsts.Add(balancer.Candidates()[0].Port);
            }

            Assert.Equal(3, firsts.Distinct().Count());
            Assert.Equal(1u << 2, balancer.Cursor);
        }
    }

    [Fact]
    public void A_new_worker_cursor_starts_at_the_first_configured_endpoint_and_panic_mode_keeps_the_policy_order()
    {
        var endpoints = new[] { new HostPort("127.0.0.1", 1), new HostPort("127.0.0.1", 2), new HostPort("127.0.0.1", 3) };
        var healthy = new ClusterState("c", LbPolicy.RoundRobin, endpoints.Select(e => new EndpointState(e, true)).ToImmutableArray(), OneSecond);
        var roundRobin = new Balancer(healthy, previous: null);
        Assert.Equal([1, 2, 3], roundRobin.Candidates().Select(e => e.Port));
        Assert.Equal([2, 3, 1], roundRobin.Candidates().Select(e => e.Port));

        // A rebuilt balancer (a reload) goes on from the cursor it had.
        var reloaded = new Balancer(healthy, roundRobin);
        Assert.Equal([3, 1, 2], reloaded.Candidates().Select(e => e.Port));

        // Every endpoint unhealthy (panic): all of them, least_request by fewest open then the cursor's turn.
        var allDown = healthy with { Policy = LbPolicy.LeastRequest, Endpoints = endpoints.Select(e => new EndpointState(e, false)).ToImmutableArray() };
        var leastRequest = new Balancer(allDown, previous: null);
        leastRequest.Started(endpoints[0]);
        leastRequest.Started(endpoints[0]);
        leastRequest.Started(endpoints[1]);
        Assert.Equal([3, 2, 1], leastRequest.Candidates().Select(e => e.Port));
        leastRequest.Finished(endpoints[0]);
        leastRequest.Finished(endpoints[0]);
        Assert.Equal([3, 1, 2], leastRequest.Candidates().Select(e => e.Port));
    }

    private static async Task EchoAsync(Socket socket, string text)
    {
        byte[] bytes = System.Text.Encoding.ASCII.GetBytes(text);
        await ClientObservations.SendAllAsync(socket, bytes);
        Assert.Equal(bytes, await ClientObservations.ReadExactlyAsync(socket, bytes.Length, $"the echo of '{text}'"));
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
