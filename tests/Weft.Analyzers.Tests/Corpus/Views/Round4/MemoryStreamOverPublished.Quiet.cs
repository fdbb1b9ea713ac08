// Quiet twin of MemoryStreamOverPublished: the published frame is only read through a non-writable MemoryStream; the
// framed copy is written into a MemoryStream that owns its own buffer and published as a new array.
using System.IO;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.MemoryStreamOverPublishedQuiet;

public sealed class FramePublisher
{
    private readonly Slot<byte[]> _slot;

    public FramePublisher(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public int Publish(byte[] frame, byte[] trailer)
    {
        _slot.Publish(frame);
        using var reader = new MemoryStream(frame, writable: false);
        int kind = reader.ReadByte();
        using var writer = new MemoryStream();
        writer.Write(frame);
        writer.Write(trailer);
        writer.WriteByte(0);
        _slot.Publish(writer.ToArray());
        return kind;
    }
}
