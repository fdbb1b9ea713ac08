using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace EdgeProxy.Tests.DocContract;

/// <summary>
/// docs/edgeproxy.md, "The contract under faults", tested black-box from its text alone: real sockets on both sides,
/// the proxy's stats, nothing of its implementation.
/// </summary>
public sealed class FaultContractDocTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private static string Config(IEnumerable<System.Net.IPEndPoint> endpoints, string lbPolicy = "round_robin", string clusterExtras = "", string listenerExtras = "") => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend"{{listenerExtras}} } ],
          "clusters": [ { "name": "backend", "lb_policy": "{{lbPolicy}}", "endpoints": [ {{string.Join(", ", System.Linq.Enumerable.Select(endpoints, e => $"\"{e}\""))}} ]{{clusterExtras}} } ],
          "admin": { "address": "127.0.0.1:0" }
        }
        """;

    // "upstream resets mid-stream | the client is reset (SO_LINGER 0) within 1 s; bytes read from the upstream before the
    // reset may have arrived, nothing after it | edge.downstream_cx_reset"
    [Fact]
    public async Task Upstream_reset_mid_stream_resets_the_client_within_1_s_and_is_counted()
    {
        const int seed = 1301;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("client connected");
        using var _ = upstream;

        byte[] before = SocketProbe.Payload(seed, 4096);
        await ClientObservations.SendAllAsync(upstream, before);
        byte[] delivered = await ClientObservations.ReadExactlyAsync(client, before.Length, $"bytes before the reset (seed {seed})");
        Assert.Equal(before, delivered);

        var clock = Stopwatch.StartNew();
        ClientObservations.Reset(upstream);
        var (reset, after) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(OneSecond), "client after the upstream reset");

        Assert.True(reset, $"the client saw FIN, not a reset, {clock.ElapsedMilliseconds} ms after the upstream reset");
        Assert.Empty(after);
        await DocBound.Until(async () => await proxy.CounterAsync("edge.downstream_cx_reset", "listener", "edge") == 1, ProxyHarness.Timeout, "edge.downstream_cx_reset{listener=edge} to count the reset");
    }

    // Same row: what the client may see is a prefix of what the upstream sent before resetting, then a reset (never FIN).
    [Fact]
    public async Task Upstream_that_writes_and_resets_at_once_gives_the_client_a_prefix_then_a_reset()
    {
        const int seed = 1302;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("client connected");

        byte[] sent = SocketProbe.Payload(seed, 200_000);
        await ClientObservations.SendAllAsync(upstream, sent);
        ClientObservations.Reset(upstream);
        var (reset, received) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(OneSecond) + ProxyHarness.Timeout, "client after write-then-reset");

        Assert.True(reset, $"the client saw FIN after {received.Length} bytes; a reset must reach it as a reset (seed {seed})");
        Assert.True(sent.AsSpan(0, received.Length).SequenceEqual(received), $"the client's {received.Length} bytes are not a prefix of what the upstream sent (seed {seed})");
    }

    // "upstream half-closes (FIN) | every byte reaches the client, then FIN; the client → upstream direction stays open
    // until the client closes"
    [Fact]
    public async Task Upstream_fin_delivers_every_byte_then_fin_and_the_client_can_still_send()
    {
        const int seed = 1303;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;

        byte[] down = SocketProbe.Payload(seed, 1 << 20);
        await ClientObservations.SendAllAsync(upstream, down);
        upstream.Shutdown(SocketShutdown.Send);
        await SocketProbe.AssertAllBytesThenFinAsync(client, down, $"client reading the upstream's 1 MiB then FIN (seed {seed})");

        byte[] up = SocketProbe.Payload(seed + 1, 300_000);
        await ClientObservations.SendAllAsync(client, up);
        byte[] arrived = await ClientObservations.ReadExactlyAsync(upstream, up.Length, $"upstream reading after its own FIN (seed {seed + 1})");
        Assert.True(up.AsSpan().SequenceEqual(arrived), $"client → upstream bytes differ after the upstream's FIN (seed {seed + 1})");

        client.Shutdown(SocketShutdown.Send);
        var (reset, rest) = await ClientObservations.ReadToEndAsync(upstream, ProxyHarness.Timeout, "upstream after the client closed too");
        Assert.False(reset, "the upstream saw a reset where both sides closed with FIN");
        Assert.Empty(rest);
    }

    // "client half-closes (FIN) | mirrored: every byte reaches the upstream, then FIN; the upstream can still answer"
    [Fact]
    public async Task Client_fin_delivers_every_byte_then_fin_and_the_upstream_can_still_answer()
    {
        const int seed = 1304;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;

        byte[] up = SocketProbe.Payload(seed, 1 << 20);
        await ClientObservations.SendAllAsync(client, up);
        client.Shutdown(SocketShutdown.Send);
        await SocketProbe.AssertAllBytesThenFinAsync(upstream, up, $"upstream reading the client's 1 MiB then FIN (seed {seed})");

        byte[] answer = SocketProbe.Payload(seed + 1, 300_000);
        await ClientObservations.SendAllAsync(upstream, answer);
        upstream.Shutdown(SocketShutdown.Send);
        await SocketProbe.AssertAllBytesThenFinAsync(client, answer, $"client reading the answer after its own FIN (seed {seed + 1})");
    }

    // "client resets, or closes and is then written to | the upstream is reset within 1 s; the endpoint's least-request
    // count and edge.upstream_cx_active are released | edge.downstream_cx_reset"
    [Fact]
    public async Task Client_reset_resets_the_upstream_within_1_s_and_releases_the_active_count()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]], "least_request"));
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;
        var endpointTags = new[] { Tag("cluster", "backend"), Tag("endpoint", upstreams[0].ToString()) };
        await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", endpointTags) == 1, ProxyHarness.Timeout, "edge.upstream_cx_active to count the open connection");

        ClientObservations.Reset(client);
        var (reset, _) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(OneSecond), "upstream after the client reset");

        Assert.True(reset, "the upstream saw FIN; the client's reset must reach it as a reset");
        await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", endpointTags) == 0, DocBound.Upper(OneSecond), "edge.upstream_cx_active to be released after the client reset");
        await DocBound.Until(async () => await proxy.CounterAsync("edge.downstream_cx_reset", "listener", "edge") == 1, ProxyHarness.Timeout, "edge.downstream_cx_reset{listener=edge} to count the client reset");
    }

    // Same row, second half: a client that closed (FIN) and is then written to answers with RST; the upstream is reset.
    [Fact]
    public async Task Client_that_closed_and_is_then_written_to_gets_the_upstream_reset()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;

        client.Dispose();
        var (finReset, none) = await ClientObservations.ReadToEndAsync(upstream, ProxyHarness.Timeout, "upstream seeing the client's close as FIN");
        Assert.False(finReset, "a plain close of the client reached the upstream as a reset, before anything was written to it");
        Assert.Empty(none);

        // The upstream writes into the closed client: the client's kernel answers RST, and the proxy must reset the
        // upstream. A receive after FIN keeps returning 0, so the reset shows on the upstream's sends or SO_ERROR.
        byte[] chunk = new byte[1024];
        var sinceFirstWrite = Stopwatch.StartNew();
        await DocBound.Until(
            () =>
            {
                if (SocketProbe.PendingError(upstream) != 0)
                {
                    return Task.FromResult(true);
                }

                try
                {
                    upstream.Send(chunk, SocketFlags.None);
                    return Task.FromResult(false);
                }
                catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.Shutdown or SocketError.ConnectionAborted)
                {
                    return Task.FromResult(true);
                }
            },
            DocBound.Upper(OneSecond),
            "the upstream to be reset after writing into a client that had closed");
        await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", Tag("cluster", "backend"), Tag("endpoint", upstreams[0].ToString())) == 0, DocBound.Upper(OneSecond), $"edge.upstream_cx_active released ({sinceFirstWrite.ElapsedMilliseconds} ms after the first write)");
    }

    // "the endpoint's least-request count ... released": observable as balancing. One worker, two endpoints. A held
    // connection keeps endpoint X at 1; three connections opened and reset one after another must each go to the other
    // endpoint Y (0 < 1) — which holds only if every reset released Y's count (a leak makes Y 1, then 2 > 1).
    [Fact]
    public async Task A_reset_connection_releases_its_least_request_count()
    {
        using var upstreams = new TaggedUpstreams(2);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0], upstreams[1]], "least_request"), workers: 1);
        using Socket held = await proxy.ConnectClientAsync();
        var (heldIndex, heldUpstream) = await upstreams.NextAsync("held client connected");
        using Socket _ = heldUpstream;
        int other = 1 - heldIndex;

        for (int round = 0; round < 3; round++)
        {
            Socket client = await proxy.ConnectClientAsync();
            var (index, upstreamSocket) = await upstreams.NextAsync($"client {round} connected");
            using Socket upstream = upstreamSocket;
            Assert.True(index == other, $"round {round}: least_request sent the connection to endpoint {index} (count 1 from the held connection) instead of endpoint {other}; a previous reset did not release its count");
            ClientObservations.Reset(client);
            var (reset, _) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(OneSecond), $"round {round}: upstream after the client reset");
            Assert.True(reset, $"round {round}: the upstream saw FIN after a client reset");
            await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", Tag("cluster", "backend"), Tag("endpoint", upstreams[other].ToString())) == 0, DocBound.Upper(OneSecond), $"round {round}: edge.upstream_cx_active of endpoint {other} released");
        }
    }

    // "a side that sent FIN resets later | noticed within 200 ms by a probe that runs only while a side is half-closed"
    [Fact]
    public async Task Client_that_sent_fin_and_resets_later_gets_the_upstream_reset_without_any_write()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;

        client.Shutdown(SocketShutdown.Send);
        var (reset, none) = await ClientObservations.ReadToEndAsync(upstream, ProxyHarness.Timeout, "upstream seeing the client's FIN");
        Assert.False(reset, "the client's half-close reached the upstream as a reset");
        Assert.Empty(none);

        ClientObservations.Reset(client);
        await SocketProbe.WaitForResetWithoutSendingAsync(upstream, DocBound.Upper(TimeSpan.FromMilliseconds(200)), "the upstream to be reset after the half-closed client reset (nobody writes)");
        await DocBound.Until(async () => await proxy.CounterAsync("edge.downstream_cx_reset", "listener", "edge") == 1, ProxyHarness.Timeout, "edge.downstream_cx_reset{listener=edge} to count it");
    }

    // Mirrored: the upstream sent FIN and resets later; the client, which already read end of stream, is reset.
    [Fact]
    public async Task Upstream_that_sent_fin_and_resets_later_gets_the_client_reset_without_any_write()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]]));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("client connected");

        upstream.Shutdown(SocketShutdown.Send);
        var (reset, none) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "client seeing the upstream's FIN");
        Assert.False(reset, "the upstream's half-close reached the client as a reset");
        Assert.Empty(none);

        ClientObservations.Reset(upstream);
        await SocketProbe.WaitForResetWithoutSendingAsync(client, DocBound.Upper(TimeSpan.FromMilliseconds(200)), "the client to be reset after the half-closed upstream reset (nobody writes)");
    }

    // "upstream does not answer a connect | after connect_timeout_ms (default 1 s), measured from the connect call on the
    // worker's loop, the next healthy endpoint is tried | edge.upstream_cx_connect_timeout, edge.upstream_cx_connect_fail"
    [Fact]
    public async Task A_blackholed_endpoint_is_left_after_the_default_connect_timeout_for_the_next_one()
    {
        using BlackholeUpstream blackhole = await BlackholeUpstream.StartAsync();
        using var upstreams = new TaggedUpstreams(1);
        // No connect_timeout_ms: the documented default (1 s) applies. Round robin over two endpoints on one worker: of
        // two connections in a row, one tries the blackhole first.
        await using var proxy = await ProxyHarness.StartAsync(Config([blackhole.EndPoint, upstreams[0]]), workers: 1);

        int timedOutClients = 0;
        for (int i = 0; i < 2; i++)
        {
            long timeoutsBefore = await proxy.CounterAsync("edge.upstream_cx_connect_timeout", "cluster", "backend");
            var clock = Stopwatch.StartNew();
            using Socket client = await proxy.ConnectClientAsync();
            var (_, upstreamSocket) = await upstreams.NextAsync($"client {i} reaching the answering endpoint");
            TimeSpan took = clock.Elapsed;
            using Socket upstream = upstreamSocket;
            long timeoutsAfter = await proxy.CounterAsync("edge.upstream_cx_connect_timeout", "cluster", "backend");
            if (timeoutsAfter > timeoutsBefore)
            {
                timedOutClients++;
                Assert.True(timeoutsAfter - timeoutsBefore == 1, $"client {i}: {timeoutsAfter - timeoutsBefore} connect timeouts for one blackholed attempt");
                Assert.True(took >= OneSecond - TimeSpan.FromMilliseconds(20), $"client {i}: the next endpoint was tried {took.TotalMilliseconds:F0} ms after the client connected, before the 1 s default connect timeout");
            }

            await ClientObservations.SendAllAsync(client, [42]);
            Assert.Equal([42], await ClientObservations.ReadExactlyAsync(upstream, 1, $"client {i}'s byte at the answering endpoint"));
        }

        Assert.True(timedOutClients == 1, $"of two round-robin connections, {timedOutClients} went through the blackholed endpoint (expected exactly 1)");
        Assert.Equal(1, await proxy.CounterAsync("edge.upstream_cx_connect_fail", "cluster", "backend"));
        Assert.Equal(0, await proxy.CounterAsync("edge.downstream_cx_no_upstream", "listener", "edge"));
    }

    // Same row: "when none answers the client is closed | ... edge.upstream_cx_connect_fail per attempt,
    // edge.downstream_cx_no_upstream"
    [Fact]
    public async Task When_no_endpoint_answers_the_client_is_closed_and_every_attempt_counted()
    {
        using BlackholeUpstream first = await BlackholeUpstream.StartAsync();
        using BlackholeUpstream second = await BlackholeUpstream.StartAsync();
        const int timeoutMs = 300;
        await using var proxy = await ProxyHarness.StartAsync(Config([first.EndPoint, second.EndPoint], clusterExtras: $", \"connect_timeout_ms\": {timeoutMs}"), workers: 1);

        var clock = Stopwatch.StartNew();
        using Socket client = await proxy.ConnectClientAsync();
        var (_, received) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(TimeSpan.FromMilliseconds(2 * timeoutMs)), "client when no endpoint answers");
        TimeSpan took = clock.Elapsed;

        Assert.Empty(received);
        Assert.True(took >= TimeSpan.FromMilliseconds(2 * timeoutMs - 20), $"the client was closed after {took.TotalMilliseconds:F0} ms, before both endpoints had their {timeoutMs} ms connect timeout");
        await DocBound.Until(async () => await proxy.CounterAsync("edge.downstream_cx_no_upstream", "listener", "edge") == 1, ProxyHarness.Timeout, "edge.downstream_cx_no_upstream to count the client");
        Assert.Equal(2, await proxy.CounterAsync("edge.upstream_cx_connect_fail", "cluster", "backend"));
        Assert.Equal(2, await proxy.CounterAsync("edge.upstream_cx_connect_timeout", "cluster", "backend"));
    }

    // "no byte either way for idle_timeout_ms (per listener ...) | both sides closed | edge.downstream_cx_idle_timeout"
    [Fact]
    public async Task An_idle_connection_is_closed_on_both_sides_after_the_idle_timeout_and_counted()
    {
        const int idleMs = 400;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]], listenerExtras: $", \"idle_timeout_ms\": {idleMs}"));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;

        // Started before the send, so it can only overstate the idle time: started after the upstream's read, it would
        // understate it by however long a loaded machine keeps that read's continuation waiting (a contract test of the
        // library's own connection once failed that way in CI, 1357 ms into a 2000 ms timeout).
        var sinceLastByte = Stopwatch.StartNew();
        await ClientObservations.SendAllAsync(client, [1]);
        await ClientObservations.ReadExactlyAsync(upstream, 1, "last byte before idling");

        Task<(bool, byte[])> clientEnd = ClientObservations.ReadToEndAsync(client, DocBound.Upper(TimeSpan.FromMilliseconds(idleMs)), "client of an idle connection");
        Task<(bool, byte[])> upstreamEnd = ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(TimeSpan.FromMilliseconds(idleMs)), "upstream of an idle connection");
        var (_, clientBytes) = await clientEnd;
        TimeSpan closedAfter = sinceLastByte.Elapsed;
        var (_, upstreamBytes) = await upstreamEnd;

        Assert.Empty(clientBytes);
        Assert.Empty(upstreamBytes);
        Assert.True(closedAfter >= TimeSpan.FromMilliseconds(idleMs - 20), $"closed {closedAfter.TotalMilliseconds:F0} ms after the last byte, before the {idleMs} ms idle timeout");
        await DocBound.Until(async () => await proxy.CounterAsync("edge.downstream_cx_idle_timeout", "listener", "edge") == 1, ProxyHarness.Timeout, "edge.downstream_cx_idle_timeout to count it");
    }

    // Same row, the other side of "no byte either way": traffic in one direction only keeps the connection open.
    [Fact]
    public async Task A_connection_with_traffic_outlives_the_idle_timeout()
    {
        const int idleMs = 1500;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]], listenerExtras: $", \"idle_timeout_ms\": {idleMs}"));
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstreamSocket) = await upstreams.NextAsync("client connected");
        using Socket upstream = upstreamSocket;

        // A byte every 50 ms for twice the idle timeout, upstream → client only. Each byte is awaited at the client
        // before the next is sent, so a gap longer than the timeout can only come from this machine stalling: it is
        // reported as such rather than blamed on the proxy.
        var total = Stopwatch.StartNew();
        var sinceLast = Stopwatch.StartNew();
        while (total.Elapsed < TimeSpan.FromMilliseconds(2 * idleMs))
        {
            TimeSpan gap = sinceLast.Elapsed;
            Assert.True(gap < TimeSpan.FromMilliseconds(idleMs / 2), $"the test itself went {gap.TotalMilliseconds:F0} ms without traffic (machine stalled); cannot judge the idle timer");
            await ClientObservations.SendAllAsync(upstream, [7]);
            await ClientObservations.ReadExactlyAsync(client, 1, "a keep-alive byte through the proxy");
            sinceLast.Restart();
            await Task.Delay(50);
        }

        Assert.Equal(0, await proxy.CounterAsync("edge.downstream_cx_idle_timeout", "listener", "edge"));
        await ClientObservations.SendAllAsync(client, [9]);
        Assert.Equal([9], await ClientObservations.ReadExactlyAsync(upstream, 1, "the other direction after 2× the idle timeout of one-way traffic"));
    }

    // "at the listener's connection cap | new connections are accepted and closed at once (RST); open ones are
    // untouched | edge.downstream_cx_overflow"
    [Fact]
    public async Task Over_the_connection_cap_a_new_connection_is_accepted_and_reset_and_open_ones_are_untouched()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await ProxyHarness.StartAsync(Config([upstreams[0]], listenerExtras: ", \"max_connections\": 2"));
        var clients = new List<Socket>();
        var upstreamSockets = new List<Socket>();
        try
        {
            for (int i = 0; i < 2; i++)
            {
                clients.Add(await proxy.ConnectClientAsync());
                upstreamSockets.Add((await upstreams.NextAsync($"client {i} under the cap")).Socket);
            }

            // Accepted and reset at once: the RST can even overtake the connect's completion on loopback (a reset,
            // not a refusal: the handshake finished).
            using var overflow = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            bool reset;
            byte[] bytes = [];
            try
            {
                await DocBound.Within(overflow.ConnectAsync(proxy.Listener), ProxyHarness.Timeout, "connecting over the cap");
                (reset, bytes) = await ClientObservations.ReadToEndAsync(overflow, DocBound.Upper(TimeSpan.Zero), "the connection over the cap");
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
            {
                reset = true;
            }

            Assert.True(reset, "the connection over the cap was closed with FIN; the doc says RST");
            Assert.Empty(bytes);
            await DocBound.Until(async () => await proxy.CounterAsync("edge.downstream_cx_overflow", "listener", "edge") == 1, ProxyHarness.Timeout, "edge.downstream_cx_overflow to count it");
            Assert.False(upstreams.HasUnclaimed, "the proxy opened an upstream connection for the connection over the cap");

            for (int i = 0; i < 2; i++)
            {
                await ClientObservations.SendAllAsync(clients[i], [(byte)i]);
                Assert.Equal([(byte)i], await ClientObservations.ReadExactlyAsync(upstreamSockets[i], 1, $"open client {i} → upstream after the overflow"));
                await ClientObservations.SendAllAsync(upstreamSockets[i], [(byte)(10 + i)]);
                Assert.Equal([(byte)(10 + i)], await ClientObservations.ReadExactlyAsync(clients[i], 1, $"upstream → open client {i} after the overflow"));
            }

            // The cap counts open connections: after one closes, a new one is served.
            clients[0].Dispose();
            await ClientObservations.ReadToEndAsync(upstreamSockets[0], ProxyHarness.Timeout, "upstream of the closed client");
            upstreamSockets[0].Dispose();
            await DocBound.Until(async () => await proxy.GaugeAsync("edge.downstream_cx_active", Tag("listener", "edge")) == 1, ProxyHarness.Timeout, "edge.downstream_cx_active back to 1");
            using Socket later = await proxy.ConnectClientAsync();
            using Socket laterUpstream = (await upstreams.NextAsync("a connection after one under the cap closed")).Socket;
            await ClientObservations.SendAllAsync(later, [5]);
            Assert.Equal([5], await ClientObservations.ReadExactlyAsync(laterUpstream, 1, "the later connection's byte"));
            Assert.Equal(1, await proxy.CounterAsync("edge.downstream_cx_overflow", "listener", "edge"));
        }
        finally
        {
            clients.ForEach(s => s.Dispose());
            upstreamSockets.ForEach(s => s.Dispose());
        }
    }

    private static KeyValuePair<string, string> Tag(string key, string value) => new(key, value);
}
