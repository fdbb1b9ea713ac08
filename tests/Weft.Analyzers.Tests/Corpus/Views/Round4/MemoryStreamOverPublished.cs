// A frame builder publishes a frame buffer and then writes a trailer into it through `new MemoryStream(frame)`, which
// is a writable stream over the array itself, not a copy. Issue 10: "any API that returns a view over its argument
// instead of a copy" is a view the engine follows; writing through the view changes the published array (WEFT0002).
using System.IO;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.MemoryStreamOverPublished;

public sealed class FramePublisher
{
    private readonly Slot<byte[]> _slot;

    public FramePublisher(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public void Publish(byte[] frame, byte[] trailer)
    {
        _slot.Publish(frame);
        using var stream = new MemoryStream(frame);
        stream.Position = frame.Length - trailer.Length - 1;
        stream.Write(trailer); // expect: WEFT0002
        stream.WriteByte(0); // expect: WEFT0002
    }
}
