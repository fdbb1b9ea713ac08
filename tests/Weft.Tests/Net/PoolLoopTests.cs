using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>The pool-wide backend option, and main as a loop that owns sockets (an app's admin endpoint and health checks).</summary>
public sealed class PoolLoopTests
{
    private static readonly IPEndPoint AnyLoopbackPort = new(IPAddress.Loopback, 0);

    [Fact]
    public void Forcing_the_portable_backend_in_the_pool_options_makes_main_and_every_worker_portable_including_late_ones()
    {
        using var pool = StartPool(DispatcherIoBackend.Portable, workers: 2);
        Dispatcher late = pool.AddWorker();
        foreach (Dispatcher dispatcher in pool.Workers.Append(pool.Main).Append(late))
        {
            Assert.IsType<PortableLoopBackend>(dispatcher.Backend);
        }
    }

    [Fact]
    public void The_default_pool_backend_is_epoll_on_linux_for_main_and_every_worker()
    {
        Assert.Equal(DispatcherIoBackend.Automatic, new WorkerPoolOptions().IoBackend);
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var pool = StartPool(DispatcherIoBackend.Automatic, workers: 2);
        foreach (Dispatcher dispatcher in pool.Workers.Append(pool.Main))
        {
            Assert.IsType<EpollLoopBackend>(dispatcher.Backend);
        }
    }

    [Fact]
    public void An_unknown_pool_backend_is_refused_naming_the_option()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 0, IoBackend = (DispatcherIoBackend)7 }));
        Assert.Equal(nameof(WorkerPoolOptions.IoBackend), ex.ParamName);
    }

    [Theory]
    [InlineData(DispatcherIoBackend.Automatic)]
    [InlineData(DispatcherIoBackend.Portable)]
    public void Main_serves_an_admin_request_and_runs_a_health_check_against_it_on_its_own_loop(DispatcherIoBackend backend)
    {
        using var pool = StartPool(backend, workers: 1);
        int offMain = 0;
        void CheckOnMain()
        {
            if (Dispatcher.Current != pool.Main || WorkerPool.Current != pool)
            {
                Interlocked.Increment(ref offMain);
            }
        }

        Listener admin = pool.Main.InvokeAsync(() => Listener.Open(pool.Main, AnyLoopbackPort, accepted =>
        {
            CheckOnMain();
            var request = new List<byte>();
            accepted.Start(
                (c, data) =>
                {
                    CheckOnMain();
                    request.AddRange(data.ToArray());
                    if (request.Contains((byte)'\n'))
                    {
                        string line = Encoding.ASCII.GetString(request.ToArray()).TrimEnd('\n');
                        c.Write(Encoding.ASCII.GetBytes(line == "GET /healthz" ? "200 ok\n" : "404 not found\n"));
                        c.ShutdownWrite();
                    }
                },
                (c, e) =>
                {
                    CheckOnMain();
                    if (e == ConnectionEvent.RemoteHalfClosed)
                    {
                        c.ShutdownWrite();
                    }
                });
        })).Result("the admin listener to open on main");

        // An outside client, as an operator's curl would be.
        Assert.Equal("200 ok\n", Request(admin.LocalEndPoint, "GET /healthz\n"));
        Assert.Equal("404 not found\n", Request(admin.LocalEndPoint, "GET /nothing\n"));

        // A health check that main itself runs, through a connection on main's loop.
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new List<byte>();
        pool.Main.InvokeAsync(() => Connection.Connect(pool.Main, admin.LocalEndPoint,
            (c, data) =>
            {
                CheckOnMain();
                received.AddRange(data.ToArray());
            },
            (c, e) =>
            {
                CheckOnMain();
                if (e == ConnectionEvent.Connected)
                {
                    c.Write("GET /healthz\n"u8);
                }
                else if (e == ConnectionEvent.RemoteHalfClosed)
                {
                    c.ShutdownWrite();
                }
                else if (e == ConnectionEvent.Closed)
                {
                    answer.TrySetResult($"{Encoding.ASCII.GetString(received.ToArray())}|{c.CloseReason}");
                }
            })).Result("the health check to start on main");

        Assert.Equal("200 ok\n|LocalClose", answer.Task.Result("the health check's answer"));
        Assert.Equal(0, Volatile.Read(ref offMain));
    }

    [Fact]
    public void A_balanced_listener_opened_for_a_pool_accepts_on_main_and_serves_on_the_workers_only()
    {
        using var pool = StartPool(DispatcherIoBackend.Automatic, workers: 2);
        const int Clients = 6;
        int offWorker = 0;
        using var started = new CountdownEvent(Clients);
        BalancedListener listener = pool.Main.InvokeAsync(() => BalancedListener.Open(pool, AnyLoopbackPort, accepted =>
        {
            if (Dispatcher.Current != accepted.Dispatcher || Dispatcher.Current == pool.Main || !pool.Workers.Contains(accepted.Dispatcher))
            {
                Interlocked.Increment(ref offWorker);
            }

            accepted.Start((c, data) => c.Write(data), (c, e) => { });
            started.Signal();
        })).Result("the balanced listener to open on main");
        Assert.Same(pool.Main, listener.AcceptLoop);

        var clients = Enumerable.Range(0, Clients).Select(_ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)).ToList();
        try
        {
            clients.ForEach(c => c.Connect(listener.LocalEndPoint));
            started.Wait("every connection to start on a worker");
            Assert.Equal(0, Volatile.Read(ref offWorker));
            Assert.Equal(new long[] { 3, 3 }, new[] { listener.GetActiveConnections(0), listener.GetActiveConnections(1) });
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static WorkerPool StartPool(DispatcherIoBackend backend, int workers) => WorkerPool.Start(new WorkerPoolOptions
    {
        WorkerCount = workers,
        IoBackend = backend,
        GuardDog = null,
        StatsFlushInterval = TimeSpan.Zero,
    });

    private static string Request(IPEndPoint endPoint, string request)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(endPoint);
        client.ReceiveTimeout = (int)TestWait.Timeout.TotalMilliseconds;
        client.Send(Encoding.ASCII.GetBytes(request));
        var response = new List<byte>();
        byte[] buffer = new byte[256];
        int n;
        while ((n = client.Receive(buffer)) > 0)
        {
            response.AddRange(buffer.Take(n));
        }

        return Encoding.ASCII.GetString(response.ToArray());
    }
}
