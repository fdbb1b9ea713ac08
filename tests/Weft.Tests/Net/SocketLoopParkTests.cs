using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>
/// A loop that owns a socket parks in its wait without the pre-park spin: the spin watches only the post queue and
/// yields the core, so socket readiness would wait for it (docs/io.md). A loop without sockets keeps the spin.
/// </summary>
public sealed class SocketLoopParkTests
{
    [Theory]
    [InlineData(DispatcherIoBackend.Automatic)]
    [InlineData(DispatcherIoBackend.Portable)]
    public void A_loop_with_a_socket_registered_parks_without_spinning_even_when_the_spin_is_endless(DispatcherIoBackend backend)
    {
        // An endless spin: without the rule this loop would never reach its park once it is idle.
        using var loop = Dispatcher.Start($"park-{backend}", new DispatcherOptions { IoBackend = backend, SpinCountBeforePark = int.MaxValue });
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listening.Listen();
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        peer.Connect(listening.LocalEndPoint!);
        using Socket accepted = listening.Accept();

        long parksBefore = loop.Invoke(() =>
        {
            loop.CreateFileEvent(accepted, static _ => { }, FileReadyType.Read);
            return loop.Stats.Parks;
        });

        var deadline = DateTime.UtcNow + TestWait.Timeout;
        while (loop.Stats.Parks == parksBefore)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the loop with a registered socket did not park within {TestWait.Timeout.TotalSeconds} s: it spins on its queue instead of waiting for readiness");
            Thread.Yield();
        }

        // Still served promptly: a post wakes the parked loop.
        Assert.True(loop.Invoke(() => loop.Backend.RegisteredCount == 1));
    }

    [Fact]
    public void Only_loops_with_sockets_registered_skip_the_spin()
    {
        using var loop = Dispatcher.Start("spin-policy");
        using var listening = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listening.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listening.Listen();
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        peer.Connect(listening.LocalEndPoint!);
        using Socket accepted = listening.Accept();

        (int before, int during, int after) = loop.Invoke(() =>
        {
            int without = loop.Backend.SpinRoundsBeforePark(20);
            FileEvent fileEvent = loop.CreateFileEvent(accepted, static _ => { }, FileReadyType.Read);
            int with = loop.Backend.SpinRoundsBeforePark(20);
            fileEvent.Dispose();
            return (without, with, loop.Backend.SpinRoundsBeforePark(20));
        });

        Assert.Equal((20, 0, 20), (before, during, after));
    }
}
