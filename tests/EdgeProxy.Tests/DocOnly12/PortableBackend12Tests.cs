using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;
using Weft;
using Weft.Threading;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>
/// The reset-behind-held-bytes case on a pool forced to the portable backend (the one EdgeProxy gets where epoll is
/// missing; docs/io.md: the portable backend polls a paused socket's error every 10 ms), to tell the lead whether the
/// finding is the epoll backend's alone.
/// </summary>
public sealed class PortableBackend12Tests
{
    // One direction only, to keep the folder under its time budget while this fails (both directions failed alike
    // when tried on 2026-12-01; reported with the edgedoc12 findings).
    [Theory]
    [InlineData(true)]
    public async Task On_the_portable_backend_a_reset_behind_held_bytes_resets_the_stalled_reader_within_a_second(bool upstreamResets)
    {
        using var upstreams = new TaggedUpstreams(1);
        await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1, ThreadNamePrefix = "edge12-portable", StatsFlushInterval = TimeSpan.Zero, IoBackend = DispatcherIoBackend.Portable });
        string json = $$"""
            {
              "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend" } ],
              "clusters": [ { "name": "backend", "endpoints": [ "{{upstreams[0]}}" ] } ]
            }
            """;
        await using EdgeProxyServer proxy = await EdgeProxyServer.StartAsync(pool, ProxyConfig.Parse(json, "portable12"), new CapturingLogger(), null);
        Socket client = await ClientObservations.ConnectAsync(proxy.ListenerAddresses["edge"]);
        var (_, upstream) = await upstreams.NextAsync("the client's upstream");
        (Socket writer, Socket reader, string readerName) = upstreamResets ? (upstream, client, "client") : (client, upstream, "upstream");
        using (reader)
        {
            byte[] pattern = SocketProbe.Payload(47, 256 * 1024 + 5);
            Edge12.PushUntilHeld(writer, pattern, 256L * 1024 * 1024, TimeSpan.FromMilliseconds(300), "a writer towards a reader that reads nothing");

            ClientObservations.Reset(writer);

            await SocketProbe.WaitForResetWithoutSendingAsync(reader, DocBound.Upper(TimeSpan.FromSeconds(1)), $"the stalled {readerName} to be reset after its peer reset behind held bytes (portable backend)");
        }
    }
}
