// Proxy code on a worker uses byte arrays kept in a shared snapshot as I/O buffers: Socket.Receive and
// Stream.ReadExactly fill the shared scratch buffer, BinaryPrimitives and Encoding write into the shared response
// template through span slices. Every worker does this at once into the same arrays (WEFT0003: data reached from
// Current; issue 10: span views). Sending the template is a read. The arrays are WEFT0001.
using System;
using System.Buffers.Binary;
using System.IO;
using System.Net.Sockets;
using System.Text;
using Weft;

namespace Corpus.Round4.DestinationBuffers;

[ThreadLocalSlot]
public sealed partial class WireTemplates
{
    public byte[] HealthResponse { get; init; } = []; // expect: WEFT0001
    public byte[] Scratch { get; init; } = new byte[4096]; // expect: WEFT0001
}

public static class HealthEndpoint
{
    public static int Answer(Socket socket, Stream upstream, ushort requestId)
    {
        WireTemplates templates = WireTemplates.Current;
        int received = socket.Receive(templates.Scratch); // expect: WEFT0003
        upstream.ReadExactly(templates.Scratch, 0, 4); // expect: WEFT0003
        BinaryPrimitives.WriteUInt16BigEndian(templates.HealthResponse.AsSpan(2), requestId); // expect: WEFT0003
        Encoding.ASCII.GetBytes(DateTime.UtcNow.ToString("R"), templates.HealthResponse.AsSpan(8)); // expect: WEFT0003
        return received + socket.Send(templates.HealthResponse);
    }
}
