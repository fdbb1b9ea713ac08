using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>
/// A real client and server nobody here wrote: redis-server behind the proxy, redis-benchmark and a strict RESP
/// check through it. `.ci/run` installs redis-server and redis-tools.
/// </summary>
public sealed class RedisThroughProxyTests
{
    [Fact]
    public async Task Redis_replies_are_all_correct_through_the_proxy_and_redis_benchmark_completes()
    {
        int redisPort = FreePort();
        string directory = Directory.CreateTempSubdirectory("edge-redis-").FullName;
        using Process redis = Start("redis-server", $"--port {redisPort} --bind 127.0.0.1 --save \"\" --appendonly no --dir {directory}");
        try
        {
            await ProxyHarness.WaitUntilAsync(() => Task.FromResult(CanConnect(redisPort)), "redis-server to listen");
            await using var harness = await ProxyHarness.StartAsync(ProxyHarness.Config($"\"127.0.0.1:{redisPort}\""));
            int proxyPort = harness.Listener.Port;

            await VerifyEveryReplyAsync(proxyPort);

            using Process benchmark = Start("redis-benchmark", $"-h 127.0.0.1 -p {proxyPort} -n 20000 -c 50 -P 16 -t set,get -q");
            string output = await benchmark.StandardOutput.ReadToEndAsync();
            Assert.True(benchmark.WaitForExit(ProxyHarness.Timeout), "redis-benchmark did not finish");
            Assert.Equal(0, benchmark.ExitCode);
            Assert.Matches(@"SET: [\d.]+ requests per second", output);
            Assert.Matches(@"GET: [\d.]+ requests per second", output);
        }
        finally
        {
            redis.Kill();
            redis.WaitForExit();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Pipelined SET then GET of 500 random values; every reply is checked byte for byte.</summary>
    private static async Task VerifyEveryReplyAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        NetworkStream stream = client.GetStream();
        var random = new Random(11);
        var values = new Dictionary<string, string>();
        var commands = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            string key = $"edge:key:{i}";
            string value = Convert.ToHexString(BitConverter.GetBytes(random.NextInt64())) + new string('x', random.Next(0, 2000));
            values[key] = value;
            commands.Append(Resp("SET", key, value));
        }

        foreach (string key in values.Keys)
        {
            commands.Append(Resp("GET", key));
        }

        Task send = stream.WriteAsync(Encoding.ASCII.GetBytes(commands.ToString())).AsTask();
        var reader = new StreamReader(stream, Encoding.ASCII);
        for (int i = 0; i < values.Count; i++)
        {
            Assert.Equal("+OK", await reader.ReadLineAsync());
        }

        foreach (var (key, value) in values)
        {
            Assert.Equal($"${value.Length}", await reader.ReadLineAsync());
            Assert.Equal(value, await reader.ReadLineAsync());
        }

        await send;
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

    private static Process Start(string file, string arguments) => Process.Start(new ProcessStartInfo(file, arguments)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    }) ?? throw new InvalidOperationException($"could not start {file}");

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static bool CanConnect(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
