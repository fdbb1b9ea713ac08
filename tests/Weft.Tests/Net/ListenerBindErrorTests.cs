using System;
using System.Net;
using System.Net.Sockets;
using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.Net;

/// <summary>
/// A listener that cannot bind says where: the <see cref="SocketException"/> keeps its error code and its message names
/// the address (the runtime's own says only "Address already in use"; found by the docs-only round 10).
/// </summary>
public sealed class ListenerBindErrorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_listener_on_a_taken_port_names_the_address(bool reusePort)
    {
        using var holder = TakenPort(out IPEndPoint taken);
        using var loop = Dispatcher.Start("bind-error");
        SocketException error = loop.Invoke(() => Assert.Throws<SocketException>(() => Listener.Open(loop, taken, c => c.Close(), new ListenerOptions { ReusePort = reusePort })));
        Assert.Equal(SocketError.AddressAlreadyInUse, error.SocketErrorCode);
        Assert.Contains(taken.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_balanced_listener_on_a_taken_port_names_the_address()
    {
        using var holder = TakenPort(out IPEndPoint taken);
        using var acceptor = Dispatcher.Start("bind-error-acceptor");
        using var worker = Dispatcher.Start("bind-error-worker");
        SocketException error = acceptor.Invoke(() => Assert.Throws<SocketException>(() => BalancedListener.Open(acceptor, new[] { worker }, taken, c => c.Close())));
        Assert.Equal(SocketError.AddressAlreadyInUse, error.SocketErrorCode);
        Assert.Contains(taken.ToString(), error.Message, StringComparison.Ordinal);
    }

    private static Socket TakenPort(out IPEndPoint taken)
    {
        // Bound without SO_REUSEPORT, so no later bind can share it.
        var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen(1);
        taken = (IPEndPoint)holder.LocalEndPoint!;
        return holder;
    }
}
