using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;

namespace EdgeProxy.Tests.DocOnly13;

/// <summary>
/// Configs for the docs-only round 13. The admin gets a port chosen by the test (the harness's own config binds port
/// 0, whose number a black-box test could not learn), so every figure is read from <c>/stats</c> as an operator would.
/// </summary>
internal static class Config13
{
    public static string Quote(params IPEndPoint[] endpoints) => string.Join(", ", endpoints.Select(e => $"\"{e}\""));

    public static string Single(int adminPort, string endpoints, string lbPolicy = "round_robin", string listenerExtras = "", string clusterExtras = "", int connectTimeoutMs = 500) => $$"""
        {
          "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend"{{listenerExtras}} } ],
          "clusters": [ { "name": "backend", "lb_policy": "{{lbPolicy}}", "connect_timeout_ms": {{connectTimeoutMs}}, "endpoints": [ {{endpoints}} ]{{clusterExtras}} } ],
          "admin": { "address": "127.0.0.1:{{adminPort}}" }
        }
        """;

    /// <summary>A health check that marks an endpoint down at its first failed probe.</summary>
    public static string HealthCheck(int intervalMs = 100, int healthyThreshold = 1) =>
        $$""", "health_check": { "interval_ms": {{intervalMs}}, "timeout_ms": 200, "healthy_threshold": {{healthyThreshold}}, "unhealthy_threshold": 1 }""";

    /// <summary>A loopback endpoint nothing listens on (refused), below the ephemeral range so no socket of this run takes it.</summary>
    public static IPEndPoint RefusedEndpoint() => new(IPAddress.Loopback, EdgeProxyProcess.FreePort());
}

/// <summary>The admin's <c>/stats</c> text page as a map from <c>name{tags}</c> to its value text.</summary>
internal sealed class StatsPage
{
    private readonly Dictionary<string, string> _values;

    private StatsPage(Dictionary<string, string> values, string text)
    {
        _values = values;
        Text = text;
    }

    public string Text { get; }

    public static async Task<StatsPage> ReadAsync(IPEndPoint admin) => Parse(await AdminHttp.GetAsync(admin, "/stats"));

    public static StatsPage Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            int brace = line.IndexOf('}', StringComparison.Ordinal);
            int split = brace >= 0 ? line.IndexOf(": ", brace, StringComparison.Ordinal) : colon;
            if (split > 0)
            {
                values[line[..split]] = line[(split + 2)..].Trim();
            }
        }

        return new StatsPage(values, text);
    }

    /// <summary>A counter or gauge; 0 when the page does not list it (a stat never touched).</summary>
    public long Long(string key) => _values.TryGetValue(key, out string? v) ? long.Parse(v, CultureInfo.InvariantCulture) : 0;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>Every <c>edge.worker.*{worker=…}</c> value of one stat, by worker name.</summary>
    public Dictionary<string, long> PerWorker(string stat)
    {
        string prefix = stat + "{worker=";
        return _values.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..^1], kv => long.Parse(kv.Value, CultureInfo.InvariantCulture));
    }

    /// <summary>A histogram line's field (<c>count</c>, <c>sum</c>, …), or null when the histogram is not listed.</summary>
    public double? HistogramField(string stat, string field)
    {
        if (!_values.TryGetValue(stat, out string? v))
        {
            return null;
        }

        foreach (string part in v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith(field + "=", StringComparison.Ordinal))
            {
                return double.Parse(part[(field.Length + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}

/// <summary>An echo upstream on loopback (plain .NET sockets) that counts the connections it accepted.</summary>
internal sealed class EchoUpstream13 : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _accepted = new();
    private int _count;
    private int _served;

    public EchoUpstream13(int port = 0)
    {
        _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        _listener.Listen(512);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        _ = AcceptLoopAsync();
    }

    public IPEndPoint EndPoint { get; }

    public int Accepted => Volatile.Read(ref _count);

    /// <summary>Connections that sent at least one byte: proxied clients, not health probes (which only connect).</summary>
    public int Served => Volatile.Read(ref _served);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        lock (_accepted)
        {
            _accepted.ForEach(s => s.Dispose());
        }
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (true)
            {
                Socket s = await _listener.AcceptAsync(_stop.Token);
                Interlocked.Increment(ref _count);
                lock (_accepted)
                {
                    _accepted.Add(s);
                }

                _ = EchoAsync(s);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // disposed
        }
    }

    private async Task EchoAsync(Socket s)
    {
        byte[] buffer = new byte[16 * 1024];
        bool first = true;
        try
        {
            while (true)
            {
                int n = await s.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (n == 0)
                {
                    s.Shutdown(SocketShutdown.Send);
                    return;
                }

                if (first)
                {
                    first = false;
                    Interlocked.Increment(ref _served);
                }

                await s.SendAsync(buffer.AsMemory(0, n), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // the peer reset or the upstream was disposed
        }
    }
}

internal static class Client13
{
    /// <summary>Connects to <paramref name="endpoint"/>, sends one byte and waits for its echo: the connection is proxied end to end.</summary>
    public static async Task<Socket> ProxiedAsync(IPEndPoint endpoint, byte marker, string what)
    {
        Socket client = await ClientObservations.ConnectAsync(endpoint);
        await ClientObservations.SendAllAsync(client, new[] { marker });
        int? echoed = await SocketProbe.FirstByteAsync(client, what);
        Assert.True(echoed == marker, $"{what}: expected the echo of {marker}, got {(echoed is null ? "end of stream or a reset" : echoed.ToString())}.");
        return client;
    }

    /// <summary>A client the proxy refuses: how its connection ended (reset or FIN) with no byte received.</summary>
    public static async Task<bool> RefusedAsync(IPEndPoint endpoint, string what)
    {
        Socket client;
        try
        {
            client = await ClientObservations.ConnectAsync(endpoint);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
        {
            return true; // accepted and reset before the connect's completion was read: the RST the doc describes
        }

        using var owned = client;
        try
        {
            await client.SendAsync(new byte[] { 1 }, SocketFlags.None);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset)
        {
            // The reset arrived first and the send reported it; the kernel hands a reset out once, so a read after
            // this one would only see end of stream.
            return true;
        }

        var (reset, received) = await ClientObservations.ReadToEndAsync(client, DocBound.Upper(TimeSpan.FromSeconds(1)), what);
        Assert.True(received.Length == 0, $"{what}: a refused client received {received.Length} bytes.");
        return reset;
    }

    public static string Ascii(byte[] bytes) => Encoding.ASCII.GetString(bytes);
}
