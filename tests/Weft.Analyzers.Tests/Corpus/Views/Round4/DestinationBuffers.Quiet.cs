// Quiet twin of DestinationBuffers: the template is an ImmutableArray copied into a stackalloc'd frame before being
// patched; received bytes go into a buffer rented from the ArrayPool (owned by this call, returned at the end).
using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO;
using System.Net.Sockets;
using System.Text;
using Weft;

namespace Corpus.Round4.DestinationBuffersQuiet;

[ThreadLocalSlot]
public sealed partial class WireTemplates
{
    public ImmutableArray<byte> HealthResponse { get; init; } = ImmutableArray<byte>.Empty;
}

public static class HealthEndpoint
{
    public static int Answer(Socket socket, Stream upstream, ushort requestId)
    {
        byte[] scratch = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            int received = socket.Receive(scratch);
            upstream.ReadExactly(scratch, 0, 4);
            ImmutableArray<byte> template = WireTemplates.Current.HealthResponse;
            Span<byte> frame = stackalloc byte[template.Length];
            template.AsSpan().CopyTo(frame);
            BinaryPrimitives.WriteUInt16BigEndian(frame.Slice(2), requestId);
            Encoding.ASCII.GetBytes(DateTime.UtcNow.ToString("R"), frame.Slice(8));
            return received + socket.Send(frame);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
