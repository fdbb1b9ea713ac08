using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// Echo over loopback: a server on a Weft loop (Weft.Net listener and connection, epoll backend) against a server on
/// .NET's asynchronous sockets (ReceiveAsync/SendAsync loop per connection), the same clients for both. Each client
/// thread sends a 1 KiB message and waits for its echo, over and over; reported: round trips per second, median of
/// alternating rounds with the spread.
/// </summary>
internal static class EchoComparison
{
    private const int MessageSize = 1024;
    private const int Clients = 8;
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(3);

    // dotnet run -c Release --project tests/Weft.Benchmarks -- --echo
    public static void Run()
    {
        const int Rounds = 5;
        var weft = new List<double>();
        var dotnet = new List<double>();
        for (int round = 0; round < Rounds; round++)
        {
            weft.Add(MeasureWeft());
            dotnet.Add(MeasureDotNet());
            Console.WriteLine($"round {round + 1}: Weft loop {weft[^1]:N0}/s, .NET async sockets {dotnet[^1]:N0}/s");
        }

        Console.WriteLine($"Weft loop-owned connection: median {Median(weft):N0} round trips/s (min {weft.Min():N0}, max {weft.Max():N0})");
        Console.WriteLine($".NET async sockets:        median {Median(dotnet):N0} round trips/s (min {dotnet.Min():N0}, max {dotnet.Max():N0})");
        Console.WriteLine($"ratio of medians: {Median(weft) / Median(dotnet):F2}x");
    }

    private static double MeasureWeft()
    {
        using var loop = Dispatcher.Start("echo-weft");
        var opened = new TaskCompletionSource<Listener>();
        loop.Post(() => opened.SetResult(Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), accepted =>
            accepted.Start(static (c, data) => c.Write(data), static (_, _) => { }))));
        Listener listener = opened.Task.GetAwaiter().GetResult();
        return Drive(listener.LocalEndPoint);
    }

    private static double MeasureDotNet()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(128);
        using var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Socket accepted;
                try
                {
                    accepted = await listener.AcceptAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                accepted.NoDelay = true;
                _ = EchoAsync(accepted);
            }
        });
        return Drive((IPEndPoint)listener.LocalEndPoint!);
    }

    private static async Task EchoAsync(Socket socket)
    {
        using (socket)
        {
            byte[] buffer = new byte[32 * 1024];
            while (true)
            {
                int n;
                try
                {
                    n = await socket.ReceiveAsync(buffer, SocketFlags.None);
                }
                catch (SocketException)
                {
                    return;
                }

                if (n == 0)
                {
                    return;
                }

                await socket.SendAsync(buffer.AsMemory(0, n), SocketFlags.None);
            }
        }
    }

    private static double Drive(IPEndPoint server)
    {
        long total = 0;
        var deadline = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Clients).Select(_ => new Thread(() =>
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            socket.Connect(server);
            byte[] message = new byte[MessageSize];
            byte[] reply = new byte[MessageSize];
            long count = 0;
            while (deadline.Elapsed < RoundLength)
            {
                socket.Send(message);
                int got = 0;
                while (got < MessageSize)
                {
                    got += socket.Receive(reply, got, MessageSize - got, SocketFlags.None);
                }

                count++;
            }

            Interlocked.Add(ref total, count);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return total / deadline.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
