using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>docs/edgeproxy.md, "The contract under faults": what a client and an upstream observe, and what is counted.</summary>
public sealed class Faults12Tests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_refused_only_endpoint_closes_the_client_unanswered_and_counts_one_failed_attempt()
    {
        await using var proxy = await Edge12.Start(() => Edge12.Config([Edge12.Refusing()], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        await client.SendAsync(Encoding.ASCII.GetBytes("hello"), SocketFlags.None);

        var (_, received) = await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, "client of a cluster whose only endpoint refuses");

        Assert.Empty(received);
        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_no_upstream"), 1, "edge.downstream_cx_no_upstream");
        Assert.Equal(1, await Edge12.Cluster(proxy, "edge.upstream_cx_connect_fail"));
        Assert.Equal(0, await Edge12.Cluster(proxy, "edge.upstream_cx_connect_timeout"));
    }

    [Fact]
    public async Task A_connect_that_times_out_moves_to_the_next_endpoint_and_loses_none_of_the_bytes_the_client_sent_early()
    {
        using var hole = await BlackholeUpstream.StartAsync();
        using var live = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(
            () => Edge12.Config([hole.EndPoint, live[0]], out _, clusterExtras: ", \"connect_timeout_ms\": 300"), workers: 1);

        // Two clients: round robin on one worker puts the unanswering endpoint first for at least one of them.
        for (int i = 0; i < 2; i++)
        {
            using Socket client = await proxy.ConnectClientAsync();
            byte[] early = Encoding.ASCII.GetBytes($"sent before any upstream answered #{i}");
            await ClientObservations.SendAllAsync(client, early);
            var (_, upstream) = await live.NextAsync($"client {i}'s upstream connection");
            using (upstream)
            {
                byte[] got = await ClientObservations.ReadExactlyAsync(upstream, early.Length, $"client {i}'s early bytes at the live endpoint");
                Assert.Equal(early, got);
                await ClientObservations.SendAllAsync(upstream, [42]);
                Assert.Equal(42, await SocketProbe.FirstByteAsync(client, $"client {i}'s answer"));
            }
        }

        long timeouts = await Edge12.Cluster(proxy, "edge.upstream_cx_connect_timeout");
        Assert.True(timeouts >= 1, $"no connect timeout counted after two round-robin picks over an unanswering and a live endpoint ({timeouts}).");
        Assert.Equal(timeouts, await Edge12.Cluster(proxy, "edge.upstream_cx_connect_fail"));
        Assert.Equal(0, await Edge12.Listener(proxy, "edge.downstream_cx_no_upstream"));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(0)] // not configured: the documented default, 1 s
    public async Task When_no_endpoint_answers_the_connect_the_client_is_closed_after_the_connect_timeout_and_not_before(int configuredMs)
    {
        using var hole = await BlackholeUpstream.StartAsync();
        string extras = configuredMs > 0 ? $", \"connect_timeout_ms\": {configuredMs}" : "";
        TimeSpan timeout = TimeSpan.FromMilliseconds(configuredMs > 0 ? configuredMs : 1000);
        await using var proxy = await Edge12.Start(() => Edge12.Config([hole.EndPoint], out _, clusterExtras: extras), workers: 1);

        var clock = Stopwatch.StartNew();
        using Socket client = await proxy.ConnectClientAsync();
        var (_, received, after) = await Edge12.EndOf(client, clock, DocBound.Upper(timeout), $"client whose only endpoint never answers (connect timeout {timeout.TotalMilliseconds} ms)");

        Assert.Empty(received);
        Assert.True(after >= timeout, $"the client was closed {after.TotalMilliseconds:F0} ms after connecting, before the {timeout.TotalMilliseconds} ms connect timeout.");
        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_no_upstream"), 1, "edge.downstream_cx_no_upstream");
        Assert.Equal(1, await Edge12.Cluster(proxy, "edge.upstream_cx_connect_timeout"));
        Assert.Equal(1, await Edge12.Cluster(proxy, "edge.upstream_cx_connect_fail"));
    }

    [Fact]
    public async Task An_upstream_that_resets_before_any_byte_resets_the_client_within_a_second()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");

        var clock = Stopwatch.StartNew();
        ClientObservations.Reset(upstream);
        var (reset, received, _) = await Edge12.EndOf(client, clock, DocBound.Upper(OneSecond), "client after its upstream reset before any byte");

        Assert.True(reset, $"the client saw end of stream, not a reset, after its upstream reset ({received.Length} bytes).");
        Assert.Empty(received);
        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
    }

    [Fact]
    public async Task An_upstream_that_writes_and_resets_at_once_is_a_made_connection_never_a_failure_and_a_retry_elsewhere()
    {
        using var upstreams = new TaggedUpstreams(2);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0], upstreams[1]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (index, upstream) = await upstreams.NextAsync("the client's upstream");
        byte[] said = Encoding.ASCII.GetBytes("bye");
        upstream.Send(said);
        ClientObservations.Reset(upstream);

        var (reset, received) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(OneSecond), "client after its upstream wrote and reset");

        Assert.True(reset, "the client was not reset after its upstream wrote and reset at once.");
        Assert.True(said.AsSpan().StartsWith(received), $"the client received bytes its upstream never sent before the reset: '{Encoding.ASCII.GetString(received)}'.");
        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
        Assert.Equal(0, await Edge12.Cluster(proxy, "edge.upstream_cx_connect_fail"));
        Assert.False(upstreams.HasUnclaimed, $"the proxy opened a second upstream connection after endpoint {index} reset a made connection.");
    }

    [Fact]
    public async Task An_upstream_that_resets_mid_stream_resets_the_client_and_delivers_nothing_it_did_not_send()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        byte[] request = SocketProbe.Payload(12, 64 * 1024);
        byte[] answer = SocketProbe.Payload(13, 48 * 1024);
        await ClientObservations.SendAllAsync(client, request);
        Assert.Equal(request, await ClientObservations.ReadExactlyAsync(upstream, request.Length, "the request at the upstream"));
        await ClientObservations.SendAllAsync(upstream, answer);

        var clock = Stopwatch.StartNew();
        ClientObservations.Reset(upstream);
        var (reset, received, _) = await Edge12.EndOf(client, clock, DocBound.Upper(OneSecond), "client after its upstream reset mid-answer");

        Assert.True(reset, $"the client saw end of stream, not a reset, after {received.Length} of {answer.Length} answer bytes.");
        Assert.True(answer.AsSpan().StartsWith(received), $"the client's {received.Length} bytes are not a prefix of the upstream's answer (seed 13).");
        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
    }

    [Fact]
    public async Task An_upstream_that_resets_after_its_first_byte_resets_the_client()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        await ClientObservations.SendAllAsync(upstream, [7]);
        Assert.Equal(7, await SocketProbe.FirstByteAsync(client, "the upstream's first byte"));

        var clock = Stopwatch.StartNew();
        ClientObservations.Reset(upstream);
        var (reset, received, _) = await Edge12.EndOf(client, clock, DocBound.Upper(OneSecond), "client after its upstream reset after the first byte");

        Assert.True(reset, "the client saw end of stream, not a reset.");
        Assert.Empty(received);
        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
    }

    [Fact]
    public async Task A_client_reset_resets_the_upstream_within_a_second_and_releases_the_endpoints_active_count()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _, lbPolicy: "least_request"), workers: 1);
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            await ClientObservations.SendAllAsync(client, [1]);
            Assert.Equal(1, await SocketProbe.FirstByteAsync(upstream, "the client's byte"));
            var active = new[] { Edge12.Tag("cluster", "backend"), Edge12.Tag("endpoint", upstreams[0].ToString()) };
            Assert.Equal(1, await proxy.GaugeAsync("edge.upstream_cx_active", active));

            ClientObservations.Reset(client);
            var (reset, _) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(OneSecond), "upstream after its client reset");

            Assert.True(reset, "the upstream saw end of stream, not a reset, after its client reset.");
            await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", active) == 0, ProxyHarness.Timeout, "edge.upstream_cx_active to fall back to 0");
            await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
        }
    }

    [Fact]
    public async Task A_client_that_closed_and_is_then_written_to_gets_its_upstream_reset()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            client.Dispose(); // a plain close: FIN, and any later byte to it is answered with RST
            var (finReset, _) = await ClientObservations.ReadToEndAsync(upstream, ProxyHarness.Timeout, "the client's FIN at the upstream");
            Assert.False(finReset, "the upstream was reset by a plain client close before it wrote anything.");

            await ClientObservations.SendAllAsync(upstream, Encoding.ASCII.GetBytes("too late"));
            await SocketProbe.WaitForResetWithoutSendingAsync(upstream, DocBound.Upper(OneSecond), "the upstream to be reset after writing to a closed client");
            await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
        }
    }

    [Fact]
    public async Task An_upstream_half_close_delivers_every_byte_in_flight_then_FIN_and_the_client_can_still_send()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            byte[] answer = SocketProbe.Payload(21, 3 * 1024 * 1024);
            Task write = Task.Run(async () =>
            {
                await ClientObservations.SendAllAsync(upstream, answer);
                upstream.Shutdown(SocketShutdown.Send);
            });
            await SocketProbe.AssertAllBytesThenFinAsync(client, answer, "3 MB then the upstream's FIN at the client (seed 21)");
            await write;

            byte[] after = Encoding.ASCII.GetBytes("still open this way");
            await ClientObservations.SendAllAsync(client, after);
            Assert.Equal(after, await ClientObservations.ReadExactlyAsync(upstream, after.Length, "client bytes sent after the upstream's FIN"));
            client.Shutdown(SocketShutdown.Send);
            var (reset, rest) = await ClientObservations.ReadToEndAsync(upstream, ProxyHarness.Timeout, "the client's later FIN at the upstream");
            Assert.False(reset, "the upstream was reset instead of seeing the client's FIN.");
            Assert.Empty(rest);
        }
    }

    [Fact]
    public async Task A_client_half_close_delivers_every_byte_in_flight_then_FIN_and_the_upstream_can_still_answer()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            byte[] request = SocketProbe.Payload(22, 3 * 1024 * 1024);
            Task write = Task.Run(async () =>
            {
                await ClientObservations.SendAllAsync(client, request);
                client.Shutdown(SocketShutdown.Send);
            });
            await SocketProbe.AssertAllBytesThenFinAsync(upstream, request, "3 MB then the client's FIN at the upstream (seed 22)");
            await write;

            byte[] answer = SocketProbe.Payload(23, 1024 * 1024);
            await ClientObservations.SendAllAsync(upstream, answer);
            upstream.Shutdown(SocketShutdown.Send);
            await SocketProbe.AssertAllBytesThenFinAsync(client, answer, "the upstream's 1 MB answer after the client's FIN (seed 23)");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_side_that_sent_FIN_and_resets_later_gets_the_other_side_reset(bool clientIsFirst)
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        (Socket first, Socket other, string firstName, string otherName) = clientIsFirst
            ? (client, upstream, "client", "upstream")
            : (upstream, client, "upstream", "client");
        using (other)
        {
            first.Shutdown(SocketShutdown.Send);
            var (finReset, _) = await ClientObservations.ReadToEndAsync(other, ProxyHarness.Timeout, $"the {firstName}'s FIN at the {otherName}");
            Assert.False(finReset, $"the {otherName} was reset by the {firstName}'s FIN.");

            ClientObservations.Reset(first);
            await SocketProbe.WaitForResetWithoutSendingAsync(other, DocBound.Upper(OneSecond), $"the {otherName} to be reset after the {firstName} (which had sent FIN) reset");
            await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
        }
    }

    [Fact]
    public async Task An_idle_connection_is_closed_both_ways_after_idle_timeout_ms_and_not_before()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(
            () => Edge12.Config([upstreams[0]], out _, listenerExtras: ", \"idle_timeout_ms\": 400"), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            // Timed from before the last byte is sent: the proxy's activity stamp can only come later.
            var idleSince = Stopwatch.StartNew();
            await ClientObservations.SendAllAsync(upstream, [5]);
            Assert.Equal(5, await SocketProbe.FirstByteAsync(client, "the last byte before idling"));

            var (clientReset, clientGot, after) = await Edge12.EndOf(client, idleSince, DocBound.Upper(TimeSpan.FromMilliseconds(400)), "client of an idle connection");
            var (upstreamReset, upstreamGot) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(TimeSpan.FromMilliseconds(400)), "upstream of an idle connection");

            Assert.True(after >= TimeSpan.FromMilliseconds(400), $"closed {after.TotalMilliseconds:F0} ms after the last byte, before idle_timeout_ms 400.");
            Assert.False(clientReset, "the idle client was reset, not closed.");
            Assert.False(upstreamReset, "the idle connection's upstream was reset, not closed.");
            Assert.Empty(clientGot);
            Assert.Empty(upstreamGot);
            await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_idle_timeout"), 1, "edge.downstream_cx_idle_timeout");
        }
    }

    [Fact]
    public async Task An_upstream_that_accepts_and_never_answers_gets_the_request_and_both_sides_are_closed_when_idle()
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(
            () => Edge12.Config([upstreams[0]], out _, listenerExtras: ", \"idle_timeout_ms\": 500"), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        byte[] request = Encoding.ASCII.GetBytes("PING\r\n");
        await ClientObservations.SendAllAsync(client, request);
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            var (upstreamReset, upstreamGot) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(TimeSpan.FromMilliseconds(500)), "silent upstream until the idle close");
            var (clientReset, clientGot) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(TimeSpan.FromMilliseconds(500)), "client of a silent upstream");

            Assert.Equal(request, upstreamGot);
            Assert.False(upstreamReset, "the silent upstream was reset, not closed.");
            Assert.False(clientReset, "the client of a silent upstream was reset, not closed.");
            Assert.Empty(clientGot);
            await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_idle_timeout"), 1, "edge.downstream_cx_idle_timeout");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reader_that_stops_reading_holds_its_writer_with_bounded_memory_and_then_gets_every_byte(bool slowClient)
    {
        const int Connections = 8;
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        var pairs = new (Socket Client, Socket Upstream)[Connections];
        for (int i = 0; i < Connections; i++)
        {
            Socket client = await proxy.ConnectClientAsync();
            var (_, upstream) = await upstreams.NextAsync($"upstream of connection {i}");
            await ClientObservations.SendAllAsync(client, [1]);
            Assert.Equal(1, await SocketProbe.FirstByteAsync(upstream, $"warm-up byte of connection {i}"));
            pairs[i] = (client, upstream);
        }

        try
        {
            byte[] pattern = SocketProbe.Payload(31, 1024 * 1024 + 7);
            long baseline = GC.GetTotalMemory(forceFullCollection: true);
            long[] pushed = new long[Connections];
            for (int i = 0; i < Connections; i++)
            {
                Socket writer = slowClient ? pairs[i].Upstream : pairs[i].Client;
                pushed[i] = Edge12.PushUntilHeld(writer, pattern, 256L * 1024 * 1024, TimeSpan.FromMilliseconds(300), $"writer {i} towards a {(slowClient ? "client" : "upstream")} that reads nothing");
            }

            long allowed = Connections * 96L * 1024 + 1024 * 1024;

            // The heap is the whole test process's: something of an earlier test still finishing (CI measured 2.7 MB
            // once, never seen alone) is gone by a later look, while what the stalled connections hold stays for every
            // look. So the figure is the least of a few looks, each after a round trip through the proxy's admin.
            var looks = new List<long>();
            for (int look = 0; look < 4 && (looks.Count == 0 || looks.Min() > allowed); look++)
            {
                if (look > 0)
                {
                    await Edge12.Listener(proxy, "edge.downstream_cx_total");
                }

                looks.Add(GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }

            long held = looks.Min();
            Assert.True(held <= allowed, $"{held:N0} bytes of managed memory grew while {Connections} connections were stalled (documented: at most 96 KiB each; allowed {allowed:N0} with 1 MiB for the test itself; looks {string.Join(", ", looks.Select(l => l.ToString("N0")))}).");

            await Task.WhenAll(Enumerable.Range(0, Connections).Select(i =>
                Edge12.ReadPattern(slowClient ? pairs[i].Client : pairs[i].Upstream, pattern, pushed[i], $"connection {i}'s {pushed[i]:N0} held bytes (seed 31)")));
        }
        finally
        {
            foreach (var (client, upstream) in pairs)
            {
                client.Dispose();
                upstream.Dispose();
            }
        }
    }

    [Fact]
    public async Task At_the_listeners_cap_a_new_client_is_reset_at_once_counted_and_the_open_ones_are_untouched()
    {
        using var upstream = new Echo12();
        // One worker: the doc does not say whether the cap is counted per worker or for the whole listener.
        await using var proxy = await Edge12.Start(
            () => Edge12.Config([upstream.EndPoint], out _, listenerExtras: ", \"max_connections\": 2"), workers: 1);
        using Socket first = await proxy.ConnectClientAsync();
        Socket second = await proxy.ConnectClientAsync();
        foreach (Socket open in new[] { first, second })
        {
            await ClientObservations.SendAllAsync(open, [1]);
            Assert.Equal(1, await SocketProbe.FirstByteAsync(open, "an echo within the cap"));
        }

        var (reset, got) = await Edge12.TurnedAway(proxy.Listener, "the client past max_connections 2");
        Assert.True(reset, $"the client past the cap saw end of stream, not a reset ({got.Length} bytes).");

        await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_overflow"), 1, "edge.downstream_cx_overflow");
        foreach (Socket open in new[] { first, second })
        {
            await ClientObservations.SendAllAsync(open, [2]);
            Assert.Equal(2, await SocketProbe.FirstByteAsync(open, "an echo on a connection opened before the overflow"));
        }

        second.Dispose();
        await DocBound.Until(async () => await proxy.GaugeAsync("edge.downstream_cx_active", Edge12.Tag("listener", "edge")) == 1, ProxyHarness.Timeout, "edge.downstream_cx_active to fall to 1");
        Assert.Equal("again"u8.ToArray(), await proxy.RoundTripAsync("again"u8.ToArray()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_FIN_behind_bytes_held_for_a_stalled_reader_arrives_after_every_one_of_them(bool upstreamSends)
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        using Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        using (upstream)
        {
            (Socket writer, Socket reader) = upstreamSends ? (upstream, client) : (client, upstream);
            byte[] pattern = SocketProbe.Payload(41, 256 * 1024 + 3);
            long pushed = Edge12.PushUntilHeld(writer, pattern, 256L * 1024 * 1024, TimeSpan.FromMilliseconds(300), "a writer towards a reader that reads nothing yet");
            writer.Shutdown(SocketShutdown.Send);

            await Edge12.ReadPattern(reader, pattern, pushed, $"{pushed:N0} bytes held when the writer sent FIN (seed 41)");
            var (reset, rest) = await ClientObservations.ReadToEndAsync(reader, ProxyHarness.Timeout, "the FIN after the held bytes");
            Assert.False(reset, "the reader was reset instead of getting FIN after the held bytes.");
            Assert.True(rest.Length == 0, $"{rest.Length} bytes beyond what was sent.");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reset_behind_bytes_held_for_a_stalled_reader_resets_that_reader_within_a_second(bool upstreamResets)
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([upstreams[0]], out _), workers: 1);
        Socket client = await proxy.ConnectClientAsync();
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        (Socket writer, Socket reader, string readerName) = upstreamResets ? (upstream, client, "client") : (client, upstream, "upstream");
        using (reader)
        {
            byte[] pattern = SocketProbe.Payload(43, 256 * 1024 + 5);
            Edge12.PushUntilHeld(writer, pattern, 256L * 1024 * 1024, TimeSpan.FromMilliseconds(300), "a writer towards a reader that reads nothing");

            ClientObservations.Reset(writer);

            // The reader never reads: the reset must reach it although the proxy holds bytes for it and has stopped
            // reading the side that reset (the doc: reset "within 1 s"; "bytes ... before the reset may have arrived").
            try
            {
                await SocketProbe.WaitForResetWithoutSendingAsync(reader, DocBound.Upper(OneSecond), $"the stalled {readerName} to be reset after its peer reset behind held bytes");
            }
            catch (TimeoutException missed)
            {
                // Say what happens instead: still nothing 1 s later, and what the reader gets once it reads.
                string later = "not reset 1 s later either";
                try
                {
                    await SocketProbe.WaitForResetWithoutSendingAsync(reader, TimeSpan.FromSeconds(1), "a late reset");
                    later = "reset later, within 1 s more";
                }
                catch (TimeoutException)
                {
                }

                var (resetOnRead, received) = await ClientObservations.ReadToEndAsync(reader, ProxyHarness.Timeout, $"the stalled {readerName} once it reads");
                throw new Xunit.Sdk.XunitException($"{missed.Message} ({later}); once it read, it got {received.Length:N0} bytes and then {(resetOnRead ? "a reset" : "end of stream")}.");
            }

            await Edge12.CounterReaches(proxy, p => Edge12.Listener(p, "edge.downstream_cx_reset"), 1, "edge.downstream_cx_reset");
        }
    }

    [Fact]
    public async Task A_refused_endpoint_next_to_a_live_one_costs_no_client()
    {
        using var live = new Echo12();
        await using var proxy = await Edge12.Start(() => Edge12.Config([Edge12.Refusing(), live.EndPoint], out _), workers: 1);

        for (int i = 0; i < 4; i++)
        {
            byte[] payload = Encoding.ASCII.GetBytes($"client {i}");
            Assert.Equal(payload, await proxy.RoundTripAsync(payload));
        }

        long failed = await Edge12.Cluster(proxy, "edge.upstream_cx_connect_fail");
        Assert.True(failed >= 1, $"round robin over a refusing and a live endpoint counted {failed} failed connects for 4 clients.");
        Assert.Equal(0, await Edge12.Listener(proxy, "edge.downstream_cx_no_upstream"));
    }

    [Fact]
    public async Task A_client_that_resets_while_its_upstream_connect_is_pending_leaves_nothing_active()
    {
        using var hole = await BlackholeUpstream.StartAsync();
        await using var proxy = await Edge12.Start(() => Edge12.Config([hole.EndPoint], out _, clusterExtras: ", \"connect_timeout_ms\": 500"), workers: 1);
        Socket client = await proxy.ConnectClientAsync();
        await DocBound.Until(async () => await proxy.GaugeAsync("edge.downstream_cx_active", Edge12.Tag("listener", "edge")) == 1, ProxyHarness.Timeout, "the pending client to be counted active");

        ClientObservations.Reset(client);

        await DocBound.Until(async () => await proxy.GaugeAsync("edge.downstream_cx_active", Edge12.Tag("listener", "edge")) == 0, DocBound.Upper(TimeSpan.FromMilliseconds(500)), "edge.downstream_cx_active to fall to 0 after the pending client reset");
        await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", Edge12.Tag("cluster", "backend"), Edge12.Tag("endpoint", hole.EndPoint.ToString())) == 0, DocBound.Upper(TimeSpan.FromMilliseconds(500)), "edge.upstream_cx_active to fall to 0");
    }

    [Fact]
    public async Task A_client_that_sends_and_half_closes_before_any_upstream_answered_has_both_delivered_after_failover()
    {
        using var hole = await BlackholeUpstream.StartAsync();
        using var live = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([hole.EndPoint, live[0]], out _, clusterExtras: ", \"connect_timeout_ms\": 300"), workers: 1);

        // Two clients: round robin puts the unanswering endpoint first for at least one of them.
        for (int i = 0; i < 2; i++)
        {
            using Socket client = await proxy.ConnectClientAsync();
            byte[] request = SocketProbe.Payload(50 + i, 100_000);
            await ClientObservations.SendAllAsync(client, request);
            client.Shutdown(SocketShutdown.Send);
            var (_, upstream) = await live.NextAsync($"client {i}'s upstream");
            using (upstream)
            {
                await SocketProbe.AssertAllBytesThenFinAsync(upstream, request, $"client {i}'s bytes and FIN, both sent before any upstream answered (seed {50 + i})");
                byte[] answer = SocketProbe.Payload(60 + i, 50_000);
                await ClientObservations.SendAllAsync(upstream, answer);
                upstream.Shutdown(SocketShutdown.Send);
                await SocketProbe.AssertAllBytesThenFinAsync(client, answer, $"client {i}'s answer after its early FIN (seed {60 + i})");
            }
        }

        Assert.True(await Edge12.Cluster(proxy, "edge.upstream_cx_connect_timeout") >= 1, "no client went to the unanswering endpoint first.");
    }

    [Fact]
    public async Task A_client_that_resets_while_its_connect_waits_leaves_no_upstream_connection_open()
    {
        using var hole = await BlackholeUpstream.StartAsync();
        using var live = new TaggedUpstreams(1);
        await using var proxy = await Edge12.Start(() => Edge12.Config([hole.EndPoint, live[0]], out _, clusterExtras: ", \"connect_timeout_ms\": 400"), workers: 1);

        // Round robin on one worker: of two clients one goes to the unanswering endpoint first; both reset at once.
        for (int i = 0; i < 2; i++)
        {
            Socket client = await proxy.ConnectClientAsync();
            ClientObservations.Reset(client);
        }

        await DocBound.Until(async () => await proxy.GaugeAsync("edge.downstream_cx_active", Edge12.Tag("listener", "edge")) == 0, DocBound.Upper(TimeSpan.FromMilliseconds(400)), "edge.downstream_cx_active to fall to 0 after both clients reset");
        while (live.HasUnclaimed)
        {
            var (_, upstream) = await live.NextAsync("an upstream connection opened for a client that had reset");
            using (upstream)
            {
                var (_, got) = await ClientObservations.ReadToEndAsync(upstream, DocBound.Upper(TimeSpan.FromSeconds(1)), "an upstream connection whose client had already reset");
                Assert.Empty(got);
            }
        }

        await DocBound.Until(async () => await proxy.GaugeAsync("edge.upstream_cx_active", Edge12.Tag("cluster", "backend"), Edge12.Tag("endpoint", live[0].ToString())) == 0, ProxyHarness.Timeout, "the live endpoint's edge.upstream_cx_active to be 0");
    }
}
