using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace EdgeProxy;

/// <summary>An address EdgeProxy must listen on is taken: start-up stops with this one line (exit code 2).</summary>
public sealed class AddressInUseException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Binds listening sockets so that two processes never silently share an address. With <c>SO_REUSEPORT</c> the
/// kernel lets any process of the same user join a listening group and splits connections between them, so before
/// binding the group a probe socket binds the address without it: a listener anywhere (another EdgeProxy's group
/// included) makes the probe fail with <c>EADDRINUSE</c>, and start-up refuses. The probe keeps
/// <c>SO_REUSEADDR</c>, which on Linux never admits a second listener but does let a restarted proxy bind while its
/// old connections sit in TIME_WAIT.
/// </summary>
internal static class ListenerBinder
{
    private const int SolSocket = 1;
    private const int SoReuseAddr = 2;
    private const int SoReusePort = 15;

    /// <summary>
    /// One listening socket per worker (<paramref name="count"/> &gt; 1 needs Linux's <c>SO_REUSEPORT</c>), or one
    /// exclusive socket when <paramref name="count"/> is 1. Port 0 picks one free port shared by all of them.
    /// </summary>
    /// <exception cref="AddressInUseException">Something already listens on the address.</exception>
    public static List<Socket> Bind(string what, IPEndPoint address, int count, int backlog)
    {
        bool reusePort = count > 1;
        var sockets = new List<Socket>(count);
        try
        {
            Socket probe = NewSocket(address, reusePort: false);
            BindOrThrow(probe, address, what);
            if (!reusePort)
            {
                probe.Listen(backlog);
                sockets.Add(probe);
                return sockets;
            }

            // The probe proved the address free; the group takes its place (a port picked for port 0 is kept).
            var bound = (IPEndPoint)probe.LocalEndPoint!;
            probe.Dispose();
            for (int i = 0; i < count; i++)
            {
                Socket socket = NewSocket(bound, reusePort: true);
                sockets.Add(socket);
                BindOrThrow(socket, bound, what);
                socket.Listen(backlog);
            }

            return sockets;
        }
        catch
        {
            sockets.ForEach(s => s.Dispose());
            throw;
        }
    }

    private static Socket NewSocket(IPEndPoint address, bool reusePort)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere one exclusive socket per listener; the default options refuse a second listener.
            return socket;
        }

        // Raw SO_REUSEADDR: .NET's SocketOptionName.ReuseAddress also sets SO_REUSEPORT on Linux (Windows semantics),
        // which would let the probe, and the admin socket, silently join another process's listening group.
        socket.SetRawSocketOption(SolSocket, SoReuseAddr, BitConverter.GetBytes(1));
        if (reusePort)
        {
            socket.SetRawSocketOption(SolSocket, SoReusePort, BitConverter.GetBytes(1));
        }

        return socket;
    }

    private static void BindOrThrow(Socket socket, IPEndPoint address, string what)
    {
        try
        {
            socket.Bind(address);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            socket.Dispose();
            throw new AddressInUseException($"{what}: {address} is already in use by another process (or another listener of this one).", ex);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new AddressInUseException($"{what}: cannot bind {address}: {ex.Message}.", ex);
        }
    }
}
