// C# 13 `ref struct` implementing an interface, over a span of the published array, handed to a generic helper
// whose type parameter `allows ref struct`; the helper's Put writes the array, before the
// publish: the frame is finished when it is handed over.
using System;
using Weft.Slots;

namespace Corpus.R12.RefStructSinkQuiet;

public interface ISink
{
    void Put(int index, byte value);
}

public ref struct SpanSink(Span<byte> buffer) : ISink
{
    private readonly Span<byte> _buffer = buffer;

    public readonly void Put(int index, byte value) => _buffer[index] = value;
}

public static class Frames
{
    public static void Stamp<TSink>(TSink sink) where TSink : ISink, allows ref struct => sink.Put(0, 0x1b);

    public static void Publish(Slot<byte[]> slot)
    {
        byte[] frame = new byte[16];
        Stamp(new SpanSink(frame));
        slot.Publish(frame);
    }
}
