using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EdgeProxy.Tests.DocContract;
using Weft.Stats;

namespace EdgeProxy.Tests.DocOnly12;

/// <summary>Configs and stat reads for the docs-only round 12 (written from docs/edgeproxy.md alone).</summary>
internal static class Edge12
{
    /// <summary>One listener 'edge' on an ephemeral port, one cluster 'backend', an admin on a known free port.</summary>
    public static string Config(
        IEnumerable<IPEndPoint> endpoints,
        out IPEndPoint admin,
        string lbPolicy = "round_robin",
        string clusterExtras = "",
        string listenerExtras = "")
    {
        admin = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
        return $$"""
            {
              "listeners": [ { "name": "edge", "address": "127.0.0.1:0", "cluster": "backend"{{listenerExtras}} } ],
              "clusters": [ {
                "name": "backend", "lb_policy": "{{lbPolicy}}",
                "endpoints": [ {{string.Join(", ", endpoints.Select(e => $"\"{e}\""))}} ]{{clusterExtras}}
              } ],
              "admin": { "address": "{{admin}}" }
            }
            """;
    }

    /// <summary>
    /// Starts the in-process proxy on <paramref name="config"/>, asked again for a config when the admin's port (a
    /// free port picked by the test) was taken meanwhile: a port handed out by a probe can become some socket's
    /// ephemeral port before the proxy binds it (seen once in three runs).
    /// </summary>
    public static async Task<ProxyHarness> Start(Func<string> config, int workers = 2)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await ProxyHarness.StartAsync(config(), workers: workers);
            }
            catch (AddressInUseException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>A loopback endpoint with nothing listening: a connect to it is refused.</summary>
    public static IPEndPoint Refusing() => new(IPAddress.Loopback, EdgeProxyProcess.FreePort());

    public static KeyValuePair<string, string> Tag(string key, string value) => new(key, value);

    /// <summary>A counter of the in-process proxy, 0 when never touched.</summary>
    public static async Task<long> Counter(ProxyHarness proxy, string name, params KeyValuePair<string, string>[] tags) =>
        (await proxy.Pool.Stats.FlushAsync()).Counter(name, tags) ?? 0;

    public static Task<long> Listener(ProxyHarness proxy, string name) => Counter(proxy, name, Tag("listener", "edge"));

    public static Task<long> Cluster(ProxyHarness proxy, string name) => Counter(proxy, name, Tag("cluster", "backend"));

    /// <summary>Waits until a counter reaches <paramref name="expected"/>, then checks it stays exact (not above).</summary>
    public static async Task CounterReaches(ProxyHarness proxy, Func<ProxyHarness, Task<long>> read, long expected, string what)
    {
        long seen = -1;
        await DocBound.Until(async () => (seen = await read(proxy)) >= expected, ProxyHarness.Timeout, $"{what} to reach {expected} (last {seen})");
        Assert.True(seen == expected, $"{what}: expected exactly {expected}, got {seen}.");
    }

    /// <summary>All gauges named <paramref name="name"/>, by their tag string.</summary>
    public static async Task<Dictionary<string, long>> Gauges(ProxyHarness proxy, string name)
    {
        StatsSnapshot snapshot = await proxy.Pool.Stats.FlushAsync();
        return snapshot.Gauges.Where(g => g.Name.Name == name).ToDictionary(g => g.Name.ToString(), g => g.Value);
    }

    /// <summary>The admin's <c>/stats</c> text page as name{tags} → value (histogram lines left out).</summary>
    public static async Task<Dictionary<string, long>> StatsPage(IPEndPoint admin)
    {
        string body = await AdminHttp.GetAsync(admin, "/stats");
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && long.TryParse(line.AsSpan(colon + 2), out long value))
            {
                values[line[..colon]] = value;
            }
        }

        return values;
    }

    public static long Value(Dictionary<string, long> page, string key) =>
        page.TryGetValue(key, out long value) ? value : throw new Xunit.Sdk.XunitException($"/stats has no line '{key}'. Lines:\n{string.Join('\n', page.Keys)}");

    /// <summary>
    /// Connects a client the proxy is expected to turn away at once, and reads until FIN or reset. A reset can reach the
    /// client before its own connect call has returned (the kernel finished the handshake, the proxy accepted and reset):
    /// that is the same observation, a reset with nothing received.
    /// </summary>
    public static async Task<(bool Reset, byte[] Received)> TurnedAway(EndPoint listener, string what)
    {
        Socket client;
        try
        {
            client = await ClientObservations.ConnectAsync(listener);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
        {
            return (true, []);
        }

        using (client)
        {
            return await ClientObservations.ReadToEndAsync(client, ProxyHarness.Timeout, what);
        }
    }

    /// <summary>
    /// Reads what a socket receives until FIN or reset, timing it from <paramref name="since"/>; fails naming
    /// <paramref name="what"/> if neither comes within <paramref name="within"/>.
    /// </summary>
    public static async Task<(bool Reset, byte[] Received, TimeSpan After)> EndOf(Socket socket, Stopwatch since, TimeSpan within, string what)
    {
        var (reset, received) = await ClientObservations.ReadToEndAsync(socket, within, what);
        return (reset, received, since.Elapsed);
    }

    /// <summary>
    /// Sends from <paramref name="writer"/> (made non-blocking) until its peer chain stops taking bytes: a would-block
    /// followed by no writability for <paramref name="quiet"/>. Returns the bytes the kernel took. Fails if more than
    /// <paramref name="cap"/> bytes went in (the chain never held back).
    /// </summary>
    public static long PushUntilHeld(Socket writer, byte[] pattern, long cap, TimeSpan quiet, string what)
    {
        writer.Blocking = false;
        long pushed = 0;
        while (true)
        {
            int offset = (int)(pushed % pattern.Length);
            int sent;
            try
            {
                sent = writer.Send(pattern, offset, pattern.Length - offset, SocketFlags.None);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.WouldBlock)
            {
                if (!writer.Poll((int)quiet.TotalMicroseconds, SelectMode.SelectWrite))
                {
                    writer.Blocking = true;
                    return pushed;
                }

                continue;
            }

            pushed += sent;
            if (pushed > cap)
            {
                throw new Xunit.Sdk.XunitException($"{what}: {pushed:N0} bytes went in and the writer was never held (cap {cap:N0}).");
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes and checks they repeat <paramref name="pattern"/> from offset 0.</summary>
    public static async Task ReadPattern(Socket reader, byte[] pattern, long count, string what)
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        byte[] buffer = new byte[64 * 1024];
        long got = 0;
        try
        {
            while (got < count)
            {
                int want = (int)Math.Min(buffer.Length, count - got);
                int read = await reader.ReceiveAsync(buffer.AsMemory(0, want), SocketFlags.None, timeout.Token);
                Assert.True(read > 0, $"{what}: end of stream after {got:N0} of {count:N0} bytes.");
                for (int i = 0; i < read; i++)
                {
                    if (buffer[i] != pattern[(got + i) % pattern.Length])
                    {
                        throw new Xunit.Sdk.XunitException($"{what}: byte {got + i:N0} differs.");
                    }
                }

                got += read;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{what}: {got:N0} of {count:N0} bytes within {ProxyHarness.Timeout.TotalSeconds} s.");
        }
    }
}

/// <summary>An upstream that echoes every connection; counts accepted connections.</summary>
internal sealed class Echo12 : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new();
    private int _accepted;

    public Echo12(IPEndPoint? bindTo = null)
    {
        _listener.Bind(bindTo ?? new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(512);
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        _ = AcceptLoop();
    }

    public IPEndPoint EndPoint { get; }

    public int Accepted => Volatile.Read(ref _accepted);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
    }

    private async Task AcceptLoop()
    {
        try
        {
            while (true)
            {
                Socket socket = await _listener.AcceptAsync(_stop.Token);
                Interlocked.Increment(ref _accepted);
                _ = EchoLoop(socket);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // stopped
        }
    }

    private async Task EchoLoop(Socket socket)
    {
        using (socket)
        {
            byte[] buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    int read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        socket.Shutdown(SocketShutdown.Send);
                        return;
                    }

                    await socket.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // the peer reset or the upstream stopped
            }
        }
    }
}
