using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// What a wake costs per backend on a loop that owns a socket: one producer posts in bursts to a loop that parks
/// between them (an idle loopback socket is registered, so the epoll backend parks in <c>epoll_wait</c> and is woken
/// through its eventfd; the portable one parks on an event). Same code, two backends.
/// </summary>
[MemoryDiagnoser]
public class WakeBackendBenchmarks
{
    private const int Bursts = 1_000;
    private const int PostsPerBurst = 100;

    private Dispatcher _dispatcher = null!;
    private ManualResetEventSlim _burstDone = null!;
    private Action _countDown = null!;
    private int _remaining;
    private Socket _idle = null!;
    private Socket _idlePeer = null!;

    [Params(DispatcherIoBackend.Automatic, DispatcherIoBackend.Portable)]
    public DispatcherIoBackend Backend { get; set; }

    [Params(0, 20)]
    public int SpinBeforePark { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // SpinBeforePark 0: every burst starts on a parked loop, so each pays a full wake (the event waiter still
        // spins inside its own wait, epoll_wait does not); 20: the default, which catches a prompt next burst.
        _dispatcher = Dispatcher.Start("bench-wake", new DispatcherOptions { IoBackend = Backend, SpinCountBeforePark = SpinBeforePark });
        using (var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen(1);
            _idlePeer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _idlePeer.Connect(listener.LocalEndPoint!);
            _idle = listener.Accept();
        }

        using var registered = new ManualResetEventSlim();
        _dispatcher.Post(() =>
        {
            _dispatcher.CreateFileEvent(_idle, static _ => { }, FileReadyType.Read);
            registered.Set();
        });
        registered.Wait();
        _burstDone = new ManualResetEventSlim();
        _countDown = () =>
        {
            if (--_remaining == 0)
            {
                _burstDone.Set();
            }
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _dispatcher.Dispose();
        _idle.Dispose();
        _idlePeer.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Bursts * PostsPerBurst)]
    public void PostBurstsToAParkedLoop()
    {
        for (int burst = 0; burst < Bursts; burst++)
        {
            _burstDone.Reset();
            _remaining = PostsPerBurst;
            for (int i = 0; i < PostsPerBurst; i++)
            {
                _dispatcher.Post(_countDown);
            }

            _burstDone.Wait();
        }
    }
}
