using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace EdgeProxy.Tests;

/// <summary>
/// Black-box tests of the admin endpoint written from docs/edgeproxy.md ("The admin endpoint: on main's loop" table and
/// "Configuration errors") only: a real EdgeProxy process, raw sockets to its admin port, and the counters it names read
/// back from <c>/stats</c>.
/// </summary>
public sealed class AdminDocTests
{
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(10);

    /// <summary>docs/edgeproxy.md:130: more than 16 admin connections at once → the next is accepted and closed at once,
    /// unanswered; counted in <c>edge.admin_cx_overflow</c>.</summary>
    [Fact]
    public async Task SeventeenthAdminConnectionIsClosedUnansweredAndCounted()
    {
        await using var fixture = await Fixture.StartAsync();
        long before = Counter(await fixture.GetAsync("/stats", Short), "edge.admin_cx_overflow");

        var held = new List<Socket>();
        try
        {
            for (int i = 0; i < 16; i++)
            {
                held.Add(await fixture.ConnectAdminAsync());
            }

            using Socket extra = await fixture.ConnectAdminAsync();
            var clock = Stopwatch.StartNew();
            (byte[] bytes, bool closed) = await ReadToCloseAsync(extra, TimeSpan.FromSeconds(5));
            Assert.True(closed, $"the 17th admin connection was not closed within 5 s ({clock.ElapsedMilliseconds} ms); docs/edgeproxy.md:130 says it is closed at once");
            Assert.True(bytes.Length == 0, $"the 17th admin connection was answered ({bytes.Length} bytes: {Encoding.ASCII.GetString(bytes)}); docs/edgeproxy.md:130 says unanswered");
        }
        finally
        {
            foreach (Socket s in held)
            {
                s.Dispose();
            }
        }

        // The 16 are gone; once the admin has seen their closes it answers again.
        string stats = await fixture.GetWhenAnsweredAsync("/stats");
        long after = Counter(stats, "edge.admin_cx_overflow");
        Assert.True(after >= before + 1, $"edge.admin_cx_overflow went from {before} to {after}; expected at least one more. /stats:\n{stats}");
    }

    /// <summary>docs/edgeproxy.md:132 and :190: a request line over 8 KB gets <c>414 URI Too Long</c> and the connection is
    /// (half-)closed; one well under 8 KB is not refused as too long.</summary>
    [Fact]
    public async Task RequestLineOverEightKilobytesGets414AndClose()
    {
        await using var fixture = await Fixture.StartAsync();

        string longLine = "GET /stats?" + new string('a', 9000) + " HTTP/1.0\r\n\r\n";
        using (Socket client = await fixture.ConnectAdminAsync())
        {
            await client.SendAsync(Encoding.ASCII.GetBytes(longLine), SocketFlags.None);
            (byte[] bytes, bool closed) = await ReadToCloseAsync(client, Short);
            string answer = Encoding.ASCII.GetString(bytes);
            Assert.True(closed, $"the admin did not close after a 9 KB request line within {Short.TotalSeconds} s; got so far: {Head(answer)}");
            Assert.True(answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 414", StringComparison.Ordinal),
                $"a 9 KB request line was answered '{Head(answer)}', not 414 (docs/edgeproxy.md:132)");
            Assert.Contains("URI Too Long", answer, StringComparison.Ordinal);
        }

        string shortLine = "GET /stats?" + new string('a', 7000) + " HTTP/1.0\r\n\r\n";
        using (Socket client = await fixture.ConnectAdminAsync())
        {
            await client.SendAsync(Encoding.ASCII.GetBytes(shortLine), SocketFlags.None);
            (byte[] bytes, bool closed) = await ReadToCloseAsync(client, Short);
            string answer = Encoding.ASCII.GetString(bytes);
            Assert.True(closed, $"the admin did not answer and close a 7 KB request line within {Short.TotalSeconds} s; got so far: {Head(answer)}");
            Assert.StartsWith("HTTP/1.", answer, StringComparison.Ordinal);
            Assert.False(answer.Contains(" 414", StringComparison.Ordinal) && answer.Contains("URI Too Long", StringComparison.Ordinal),
                $"a 7 KB request line (under the documented 8 KB) was refused: {Head(answer)}");
        }
    }

    /// <summary>docs/edgeproxy.md:131: no complete request line within 10 s of the accept → closed, unanswered; counted in
    /// <c>edge.admin_request_timeout</c>. Checked for a client that sends nothing and one that sends half a line.</summary>
    [Fact]
    public async Task ClientWithoutCompleteRequestLineIsClosedAfterTenSeconds()
    {
        await using var fixture = await Fixture.StartAsync();
        long before = Counter(await fixture.GetAsync("/stats", Short), "edge.admin_request_timeout");

        using Socket silent = await fixture.ConnectAdminAsync();
        var clock = Stopwatch.StartNew();
        using Socket partial = await fixture.ConnectAdminAsync();
        await partial.SendAsync(Encoding.ASCII.GetBytes("GET /sta"), SocketFlags.None);

        Task<(byte[] Bytes, bool Closed)> silentRead = ReadToCloseAsync(silent, TimeSpan.FromSeconds(25));
        Task<(byte[] Bytes, bool Closed)> partialRead = ReadToCloseAsync(partial, TimeSpan.FromSeconds(25));

        (byte[] silentBytes, bool silentClosed) = await silentRead;
        TimeSpan silentAt = clock.Elapsed;
        (byte[] partialBytes, bool partialClosed) = await partialRead;

        Assert.True(silentClosed, "a client that sent nothing was not closed within 25 s (docs/edgeproxy.md:131: 10 s)");
        Assert.True(partialClosed, "a client that sent half a request line was not closed within 25 s (docs/edgeproxy.md:131: 10 s)");
        Assert.True(silentBytes.Length == 0, $"the silent client was answered: {Head(Encoding.ASCII.GetString(silentBytes))}");
        Assert.True(partialBytes.Length == 0, $"the half-line client was answered: {Head(Encoding.ASCII.GetString(partialBytes))}");
        Assert.True(silentAt >= TimeSpan.FromSeconds(9.5), $"the silent client was closed after {silentAt.TotalSeconds:F1} s, before the documented 10 s");

        string stats = await fixture.GetAsync("/stats", Short);
        long after = Counter(stats, "edge.admin_request_timeout");
        Assert.True(after >= before + 2, $"edge.admin_request_timeout went from {before} to {after}; expected two more. /stats:\n{stats}");
    }

    /// <summary>The admin is on main's loop (docs/edgeproxy.md:120-126) and keeps answering <c>/stats</c> while many proxied
    /// connections are open.</summary>
    [Fact]
    public async Task StatsAnswersWhileManyProxiedConnectionsAreOpen()
    {
        await using var fixture = await Fixture.StartAsync();
        const int count = 200;
        var clients = new List<Socket>();
        try
        {
            for (int i = 0; i < count; i++)
            {
                var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                clients.Add(client);
                using var timeout = new CancellationTokenSource(Short);
                await client.ConnectAsync(fixture.Listener, timeout.Token);
            }

            // Every connection is proxied (one byte echoed), so all are open through to the upstream.
            byte[] one = { 42 };
            byte[] back = new byte[1];
            foreach (Socket client in clients)
            {
                using var timeout = new CancellationTokenSource(Short);
                await client.SendAsync(one, SocketFlags.None, timeout.Token);
                int read;
                try
                {
                    read = await client.ReceiveAsync(back, SocketFlags.None, timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"a proxied connection did not echo within {Short.TotalSeconds} s");
                }

                Assert.True(read == 1 && back[0] == 42, "a proxied connection did not echo its byte");
            }

            Assert.Equal(count, fixture.Upstream.Open);
            for (int i = 0; i < 3; i++)
            {
                string stats = await fixture.GetAsync("/stats", Short);
                Assert.StartsWith("HTTP/1.", stats, StringComparison.Ordinal);
                Assert.Contains(" 200", stats.Split('\n')[0], StringComparison.Ordinal);
                Assert.Contains("edge.", stats, StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (Socket s in clients)
            {
                s.Dispose();
            }
        }
    }

    /// <summary>docs/edgeproxy.md:133: a client that does not close after the answer is closed by the admin 5 s after the
    /// answer. Observed without touching the connection: the admin's side of it (local = admin port, remote = this
    /// client's port) in /proc/net/tcp has a non-zero inode while the process holds the socket, 0 (or no row) once closed.</summary>
    [Fact]
    public async Task AdminClosesAClientThatKeepsItsSideOpenFiveSecondsAfterTheAnswer()
    {
        await using var fixture = await Fixture.StartAsync();
        using Socket client = await fixture.ConnectAdminAsync();
        int clientPort = ((IPEndPoint)client.LocalEndPoint!).Port;
        await client.SendAsync(Encoding.ASCII.GetBytes("GET /stats HTTP/1.0\r\n\r\n"), SocketFlags.None);
        (byte[] bytes, bool closed) = await ReadToCloseAsync(client, Short);
        var clock = Stopwatch.StartNew();
        Assert.True(closed, $"the admin did not half-close after answering within {Short.TotalSeconds} s (docs/edgeproxy.md:132-133)");
        Assert.StartsWith("HTTP/1.", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);

        Assert.True(AdminHoldsSocket(fixture.Admin.Port, clientPort),
            $"right after the answer the admin's side of {clientPort} is not held by the process (closed at once, not after 5 s)");
        await ProxyHarness.WaitUntilAsync(
            () => Task.FromResult(!AdminHoldsSocket(fixture.Admin.Port, clientPort)),
            "the admin to close a client that keeps its side open (docs/edgeproxy.md:133: 5 s after the answer)",
            TimeSpan.FromSeconds(15));
        TimeSpan at = clock.Elapsed;
        Assert.True(at >= TimeSpan.FromSeconds(4.5), $"the admin closed the connection {at.TotalSeconds:F1} s after the answer, before the documented 5 s");
    }

    /// <summary>True when /proc/net/tcp has the connection local = <paramref name="adminPort"/>, remote =
    /// <paramref name="clientPort"/> with a non-zero inode (a process still holds it).</summary>
    private static bool AdminHoldsSocket(int adminPort, int clientPort)
    {
        string local = $":{adminPort:X4}";
        string remote = $":{clientPort:X4}";
        foreach (string line in File.ReadLines("/proc/net/tcp").Skip(1))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 9 && f[1].EndsWith(local, StringComparison.Ordinal) && f[2].EndsWith(remote, StringComparison.Ordinal))
            {
                return f[9] != "0";
            }
        }

        return false;
    }

    private static string Head(string s) => s.Length <= 200 ? s : s[..200] + "…";

    /// <summary>The last integer on the first line naming <paramref name="name"/>; 0 when no line names it (never touched).</summary>
    private static long Counter(string stats, string name)
    {
        foreach (string line in stats.Split('\n'))
        {
            int at = line.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string rest = line[(at + name.Length)..];
            if (rest.Length > 0 && (char.IsLetterOrDigit(rest[0]) || rest[0] == '_'))
            {
                continue; // a longer name with this one as prefix
            }

            MatchCollection numbers = Regex.Matches(rest, @"\d+");
            Assert.True(numbers.Count > 0, $"no number on the /stats line '{line}'");
            return long.Parse(numbers[^1].Value);
        }

        return 0;
    }

    /// <summary>Reads until the peer closes (or resets) or <paramref name="within"/> passes.</summary>
    private static async Task<(byte[] Bytes, bool Closed)> ReadToCloseAsync(Socket socket, TimeSpan within)
    {
        using var received = new MemoryStream();
        using var timeout = new CancellationTokenSource(within);
        byte[] buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                int read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (read == 0)
                {
                    return (received.ToArray(), true);
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
            return (received.ToArray(), false);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            return (received.ToArray(), true);
        }
    }

    /// <summary>An echo upstream in this process (counts its open connections).</summary>
    private sealed class EchoUpstream : IDisposable
    {
        private readonly Socket _listener;
        private readonly CancellationTokenSource _stop = new();
        private int _open;

        public EchoUpstream()
        {
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(1024);
            _ = AcceptLoopAsync();
        }

        public IPEndPoint Address => (IPEndPoint)_listener.LocalEndPoint!;

        public int Open => Volatile.Read(ref _open);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Dispose();
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket client;
                try
                {
                    client = await _listener.AcceptAsync(_stop.Token);
                }
                catch (Exception)
                {
                    return;
                }

                _ = EchoAsync(client);
            }
        }

        private async Task EchoAsync(Socket client)
        {
            Interlocked.Increment(ref _open);
            byte[] buffer = new byte[4096];
            try
            {
                while (true)
                {
                    int read = await client.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        break;
                    }

                    await client.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
                }
            }
            catch (Exception)
            {
            }
            finally
            {
                Interlocked.Decrement(ref _open);
                client.Dispose();
            }
        }
    }

    private sealed class Fixture : IAsyncDisposable
    {
        private Fixture(EchoUpstream upstream, EdgeProxyProcess proxy, IPEndPoint listener, IPEndPoint admin)
        {
            Upstream = upstream;
            Proxy = proxy;
            Listener = listener;
            Admin = admin;
        }

        public EchoUpstream Upstream { get; }

        public EdgeProxyProcess Proxy { get; }

        public IPEndPoint Listener { get; }

        public IPEndPoint Admin { get; }

        public static async Task<Fixture> StartAsync()
        {
            var upstream = new EchoUpstream();
            try
            {
                var listener = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
                var admin = new IPEndPoint(IPAddress.Loopback, EdgeProxyProcess.FreePort());
                string json = $$"""
                    {
                      "listeners": [ { "name": "edge", "address": "{{listener}}", "cluster": "backend" } ],
                      "clusters": [ { "name": "backend", "lb_policy": "round_robin", "connect_timeout_ms": 1000, "endpoints": [ "{{upstream.Address}}" ] } ],
                      "admin": { "address": "{{admin}}" }
                    }
                    """;
                EdgeProxyProcess proxy = await EdgeProxyProcess.StartAsync(json);
                if (proxy.HasExited)
                {
                    string output = $"exit {proxy.ExitCodeOrNull}; stdout:\n{proxy.Stdout}\nstderr:\n{proxy.Stderr}";
                    proxy.Dispose();
                    throw new InvalidOperationException($"EdgeProxy did not start: {output}");
                }

                return new Fixture(upstream, proxy, listener, admin);
            }
            catch
            {
                upstream.Dispose();
                throw;
            }
        }

        public async Task<Socket> ConnectAdminAsync()
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using var timeout = new CancellationTokenSource(Short);
            try
            {
                await socket.ConnectAsync(Admin, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                throw new TimeoutException($"could not connect to the admin {Admin} within {Short.TotalSeconds} s");
            }

            return socket;
        }

        /// <summary>One request; the whole answer (the admin half-closes after it). Fails at the timeout.</summary>
        public async Task<string> GetAsync(string path, TimeSpan within)
        {
            using Socket socket = await ConnectAdminAsync();
            await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.0\r\n\r\n"), SocketFlags.None);
            (byte[] bytes, bool closed) = await ReadToCloseAsync(socket, within);
            string answer = Encoding.ASCII.GetString(bytes);
            if (!closed)
            {
                throw new TimeoutException($"GET {path} on the admin was not answered and closed within {within.TotalSeconds} s; got {bytes.Length} bytes: {Head(answer)}\nproxy stdout:\n{Proxy.Stdout}");
            }

            return answer;
        }

        /// <summary>Retries GET until it is answered (not closed unanswered), failing after 20 s.</summary>
        public async Task<string> GetWhenAnsweredAsync(string path)
        {
            string answer = "";
            await ProxyHarness.WaitUntilAsync(
                async () =>
                {
                    answer = await GetAsync(path, Short);
                    return answer.StartsWith("HTTP/1.", StringComparison.Ordinal);
                },
                $"GET {path} to be answered after the held admin connections closed",
                TimeSpan.FromSeconds(20));
            return answer;
        }

        public async ValueTask DisposeAsync()
        {
            Proxy.Dispose();
            Upstream.Dispose();
            await Task.CompletedTask;
        }
    }
}
