using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Garnet;

namespace EdgeProxy.Tests;

/// <summary>
/// A real RESP server nobody here wrote behind the proxy: Microsoft Garnet, running in the test process (the tests
/// need only the .NET SDK), checked reply by reply, byte for byte, on one pipelined connection and then under load
/// from 50 concurrent pipelining connections.
/// </summary>
public sealed class RedisThroughProxyTests
{
    private const int Connections = 50;
    private const int RequestsPerConnection = 400;
    private const int PipelineDepth = 16;

    [Fact]
    public async Task Every_reply_is_correct_through_the_proxy_one_connection_and_fifty_pipelining()
    {
        int garnetPort = EdgeProxyProcess.FreePort();
        using var garnet = new GarnetServer(["--port", garnetPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1"]);
        garnet.Start();
        await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config($"\"127.0.0.1:{garnetPort}\""));
        int proxyPort = harness.Listener.Port;

        await VerifyLargeValuesAsync(proxyPort);

        var clients = new Task[Connections];
        for (int c = 0; c < Connections; c++)
        {
            int connection = c;
            clients[c] = Task.Run(() => PipelinedSetGetAsync(proxyPort, connection));
        }

        Task all = Task.WhenAll(clients);
        if (await Task.WhenAny(all, Task.Delay(ProxyHarness.Timeout)) != all)
        {
            throw new TimeoutException($"{Connections} pipelining clients did not finish within {ProxyHarness.Timeout.TotalSeconds} s.");
        }

        await all;
    }

    /// <summary>Pipelined SET then GET of 500 random values up to 2 KB; every reply is checked byte for byte.</summary>
    private static async Task VerifyLargeValuesAsync(int port)
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        NetworkStream stream = client.GetStream();
        var random = new Random(11);
        var values = new List<(string Key, string Value)>();
        var commands = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            string key = $"edge:key:{i}";
            string value = Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())) + new string('x', random.Next(0, 2000));
            values.Add((key, value));
            commands.Append(Resp("SET", key, value));
        }

        foreach (var (key, _) in values)
        {
            commands.Append(Resp("GET", key));
        }

        Task send = stream.WriteAsync(Encoding.ASCII.GetBytes(commands.ToString()), timeout.Token).AsTask();
        var replies = new StrictRespReader(stream, timeout.Token);
        foreach (var (key, _) in values)
        {
            await replies.ExpectAsync("+OK", $"SET {key}");
        }

        foreach (var (key, value) in values)
        {
            await replies.ExpectBulkAsync(value, $"GET {key}");
        }

        await send;
    }

    /// <summary>
    /// One connection of the load: batches of <see cref="PipelineDepth"/> commands (alternately SET and GET of this
    /// connection's own keys) written at once, then every reply of the batch read and checked before the next.
    /// </summary>
    private static async Task PipelinedSetGetAsync(int port, int connection)
    {
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        NetworkStream stream = client.GetStream();
        var replies = new StrictRespReader(stream, timeout.Token);
        var batch = new StringBuilder();
        var expected = new List<(string Reply, bool Bulk, string What)>(PipelineDepth);
        for (int sent = 0; sent < RequestsPerConnection; sent += PipelineDepth)
        {
            batch.Clear();
            expected.Clear();
            for (int i = sent; i < sent + PipelineDepth; i += 2)
            {
                string key = $"load:{connection}:{i % 32}";
                string value = $"c{connection}-r{i}";
                batch.Append(Resp("SET", key, value)).Append(Resp("GET", key));
                expected.Add(("+OK", false, $"connection {connection} SET {key}"));
                expected.Add((value, true, $"connection {connection} GET {key}"));
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes(batch.ToString()), timeout.Token);
            foreach (var (reply, bulk, what) in expected)
            {
                await (bulk ? replies.ExpectBulkAsync(reply, what) : replies.ExpectAsync(reply, what));
            }
        }
    }

    private static string Resp(params string[] parts)
    {
        var text = new StringBuilder().Append('*').Append(parts.Length).Append("\r\n");
        foreach (string part in parts)
        {
            text.Append('$').Append(part.Length).Append("\r\n").Append(part).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Reads RESP replies and compares them byte for byte, CRLF included; anything else fails the test.</summary>
    private sealed class StrictRespReader(NetworkStream stream, CancellationToken cancellation)
    {
        public Task ExpectAsync(string line, string what) => ExpectExactAsync(line + "\r\n", what);

        public Task ExpectBulkAsync(string value, string what) => ExpectExactAsync($"${value.Length}\r\n{value}\r\n", what);

        private async Task ExpectExactAsync(string expected, string what)
        {
            byte[] actual = new byte[expected.Length];
            int filled = 0;
            while (filled < actual.Length)
            {
                int read = await stream.ReadAsync(actual.AsMemory(filled), cancellation);
                if (read == 0)
                {
                    Assert.Fail($"{what}: connection closed after {filled} of {expected.Length} bytes of the reply");
                }

                filled += read;
            }

            Assert.Equal(expected, Encoding.ASCII.GetString(actual));
        }
    }
}
