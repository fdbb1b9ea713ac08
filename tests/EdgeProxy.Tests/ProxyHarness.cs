using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Weft;

namespace EdgeProxy.Tests;

/// <summary>A proxy on ephemeral loopback ports plus helpers to drive it over real sockets.</summary>
internal sealed class ProxyHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private ProxyHarness(WorkerPool pool, EdgeProxyServer proxy, CapturingLogger log)
    {
        Pool = pool;
        Proxy = proxy;
        Log = log;
    }

    public WorkerPool Pool { get; }

    public EdgeProxyServer Proxy { get; }

    public CapturingLogger Log { get; }

    public IPEndPoint Listener => Proxy.ListenerAddresses["edge"];

    public static async Task<ProxyHarness> StartAsync(string json, string? watchPath = null, int workers = 2)
    {
        var log = new CapturingLogger();
        var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = workers, ThreadNamePrefix = "edge-test", StatsFlushInterval = TimeSpan.Zero });
        try
        {
            ProxyConfig config = watchPath is null ? ProxyConfig.Parse(json, "test") : ProxyConfig.Load(watchPath);
            EdgeProxyServer proxy = await EdgeProxyServer.StartAsync(pool, config, log, watchPath);
            return new ProxyHarness(pool, proxy, log);
        }
        catch
        {
            await pool.DisposeAsync();
            throw;
        }
    }

    public static string Config(string endpoints, string lbPolicy = "round_robin", int healthIntervalMs = 0, int connectTimeoutMs = 500, string listenerExtras = "") => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend"{{listenerExtras}} } ],
          "clusters": [ {
            "name": "backend", "lb_policy": "{{lbPolicy}}", "connect_timeout_ms": {{connectTimeoutMs}},
            "endpoints": [ {{endpoints}} ]
            {{(healthIntervalMs > 0 ? $", \"health_check\": {{ \"interval_ms\": {healthIntervalMs}, \"timeout_ms\": 200, \"healthy_threshold\": 1, \"unhealthy_threshold\": 1 }}" : "")}}
          } ],
          "admin": { "address": "127.0.0.1:0" }
        }
        """;

    public static string Quote(params IPEndPoint[] endpoints) => string.Join(", ", Array.ConvertAll(endpoints, e => $"\"{e}\""));

    /// <summary>Sends <paramref name="payload"/> through the proxy, half-closes, and returns everything echoed back.</summary>
    public async Task<byte[]> RoundTripAsync(byte[] payload)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(Timeout);
        await client.ConnectAsync(Listener, timeout.Token);
        Task send = Task.Run(async () =>
        {
            await client.SendAsync(payload, SocketFlags.None, timeout.Token);
            client.Shutdown(SocketShutdown.Send);
        });
        using var received = new MemoryStream();
        byte[] buffer = new byte[64 * 1024];
        while (true)
        {
            int read = await client.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
        }

        await send;
        return received.ToArray();
    }

    /// <summary>The merged value of a stat with one tag (0 when it was never touched).</summary>
    public async Task<long> CounterAsync(string name, string tag, string value) =>
        (await Pool.Stats.FlushAsync()).Counter(name, new KeyValuePair<string, string>(tag, value)) ?? 0;

    public async Task<long> GaugeAsync(string name, params KeyValuePair<string, string>[] tags) =>
        (await Pool.Stats.FlushAsync()).Gauge(name, tags) ?? 0;

    /// <summary>A client connected to the proxy's listener.</summary>
    public async Task<Socket> ConnectClientAsync()
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(Timeout);
        await client.ConnectAsync(Listener, timeout.Token);
        return client;
    }

    /// <summary>Waits for a condition driven by the proxy's own timers (health checks, file reloads), failing at the timeout.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        TimeSpan limit = within ?? Timeout;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds} s waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Pool.DisposeAsync();
    }
}

internal sealed class CapturingLogger : ILogger
{
    private readonly List<string> _lines = new();

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToArray();
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines)
        {
            _lines.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
