using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace EdgeProxy.Tests;

/// <summary>Resources after many connections, and memory per connection when readers stall.</summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task After_10000_connections_opened_and_closed_descriptors_are_back_to_baseline_and_memory_within_bounds()
    {
        await using var echo = EchoUpstream.Start("echo");
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(echo.EndPoint)));
        await ChurnAsync(harness, connections: 200, concurrency: 16, onHalfway: null); // JIT, pools, first-use allocations
        await SettleAsync(harness, baselineDescriptors: null);
        int descriptorsBefore = OpenDescriptors();
        long memoryBefore = ManagedMemoryAfterFullGc();

        int descriptorsDuring = 0;
        long memoryDuring = 0;
        await ChurnAsync(harness, connections: 10_000, concurrency: 32, onHalfway: () =>
        {
            descriptorsDuring = OpenDescriptors();
            memoryDuring = GC.GetTotalMemory(forceFullCollection: false);
        });

        await SettleAsync(harness, descriptorsBefore);
        int descriptorsAfter = OpenDescriptors();
        long memoryAfter = ManagedMemoryAfterFullGc();
        output.WriteLine($"descriptors before/during/after: {descriptorsBefore} / {descriptorsDuring} / {descriptorsAfter}");
        output.WriteLine($"managed memory before/during/after (KB): {memoryBefore >> 10} / {memoryDuring >> 10} / {memoryAfter >> 10}");

        Assert.Equal(descriptorsBefore, descriptorsAfter);
        long allowed = Math.Max(memoryBefore / 10, 5 << 20);
        Assert.True(memoryAfter - memoryBefore <= allowed, $"managed memory grew {(memoryAfter - memoryBefore) >> 10} KB over 10,000 connections (allowed {allowed >> 10} KB)");
        Assert.Equal(10_200, await harness.CounterAsync("edge.downstream_cx_total", "listener", "edge"));
    }

    [Fact]
    public async Task Under_slow_readers_the_proxy_holds_at_most_its_high_watermark_and_one_read_per_connection()
    {
        const int Connections = 100;
        using var upstream = new ScriptedUpstream();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config(ProxyHarness.Quote(upstream.EndPoint)));
        var clients = new List<Socket>();
        var servers = new List<Socket>();
        using var stopWriting = new CancellationTokenSource();
        var writers = new List<Task>();
        byte[] chunk = new byte[64 * 1024];

        async Task StallAsync(int total)
        {
            while (clients.Count < total)
            {
                Socket client = await harness.ConnectClientAsync();
                clients.Add(client);
                await ClientObservations.SendAllAsync(client, "go"u8.ToArray());
                Socket server = await upstream.AcceptAsync();
                servers.Add(server);
                await ClientObservations.ReadExactlyAsync(server, 2, "the upstream reading go");
                // The upstream writes until the proxy stops reading from it; the client never reads.
                writers.Add(Task.Run(async () =>
                {
                    while (!stopWriting.IsCancellationRequested)
                    {
                        await server.SendAsync(chunk, SocketFlags.None, stopWriting.Token);
                    }
                }));
            }

            // Every upstream is held back once the bytes the proxy has read stop growing.
            long previous = -1;
            await ProxyHarness.WaitUntilAsync(
                async () =>
                {
                    long now = await harness.CounterAsync("edge.downstream_bytes_tx", "listener", "edge");
                    bool steady = now == previous;
                    previous = now;
                    await Task.Delay(200);
                    return steady;
                },
                $"the upstreams of {total} stalled readers to be held back");
        }

        try
        {
            // Memory is compared between 50 and 100 stalled connections, so what the test process holds anyway
            // (its own pools, threads, earlier tests' leftovers) cancels out and the slope is per connection.
            await StallAsync(Connections / 2);
            long half = ManagedMemoryAfterFullGc();
            long readAtHalf = await harness.CounterAsync("edge.downstream_bytes_tx", "listener", "edge");
            await StallAsync(Connections);
            long full = ManagedMemoryAfterFullGc();
            long perConnection = (full - half) / (Connections / 2);
            long read = await harness.CounterAsync("edge.downstream_bytes_tx", "listener", "edge");
            output.WriteLine($"stalled connections 50 -> 100: managed memory {half >> 10} KB -> {full >> 10} KB, {perConnection >> 10} KB per connection; the proxy read {readAtHalf >> 20} MB -> {read >> 20} MB from the upstreams and holds it in kernel buffers, not on the heap");
            // A stalled side holds what it buffered up to its high watermark plus the one read that crossed it (at most
            // the worker's 64 KiB read buffer); the rest waits in kernel buffers.
            const int Bound = ProxySessions.HighWatermark + (64 << 10);
            Assert.True(perConnection <= Bound, $"{perConnection >> 10} KB of managed memory per stalled connection; the bound is {Bound >> 10} KB (high watermark + one read)");
        }
        finally
        {
            await stopWriting.CancelAsync();
            clients.ForEach(c => c.Dispose());
            servers.ForEach(s => s.Dispose());
            await Task.WhenAll(writers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private static async Task ChurnAsync(ProxyHarness harness, int connections, int concurrency, Action? onHalfway)
    {
        int next = -1;
        byte[] payload = "0123456789abcdef"u8.ToArray();
        async Task RunAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < connections)
            {
                if (i == connections / 2)
                {
                    onHalfway?.Invoke();
                }

                using Socket client = await harness.ConnectClientAsync();
                await ClientObservations.SendAllAsync(client, payload);
                await ClientObservations.ReadExactlyAsync(client, payload.Length, $"the echo on churn connection {i}");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(RunAsync)));
    }

    // Every connection closed on both sides (the proxy's and the echo's), and, when given, descriptors back to it.
    private static async Task SettleAsync(ProxyHarness harness, int? baselineDescriptors)
    {
        await ProxyHarness.WaitUntilAsync(() => Task.FromResult(harness.Proxy.OpenConnections == 0), $"the proxy to close its connections ({harness.Proxy.OpenConnections} open)");
        if (baselineDescriptors is { } baseline)
        {
            await ProxyHarness.WaitUntilAsync(() => Task.FromResult(OpenDescriptors() == baseline), $"open descriptors to return to {baseline} (now {OpenDescriptors()})");
        }
    }

    private static int OpenDescriptors() => Directory.GetFiles("/proc/self/fd").Length;

    private static long ManagedMemoryAfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        // Live bytes: the heap after a full compacting collection minus the free space pinned buffers left in it.
        GCMemoryInfo info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return info.HeapSizeBytes - info.FragmentedBytes;
    }
}
