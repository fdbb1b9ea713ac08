// C# 13 `ref struct` implementing an interface, over a span of the published array, handed to a generic helper
// whose type parameter `allows ref struct`; the helper's Put writes the array, after the publish.
// Reading taken: reported at the call, in the helper or at the write inside the ref struct (#escape).
using System;
using Weft.Slots;

namespace Corpus.R12.RefStructSink;

public interface ISink
{
    void Put(int index, byte value);
}

public ref struct SpanSink(Span<byte> buffer) : ISink
{
    private readonly Span<byte> _buffer = buffer;

    public readonly void Put(int index, byte value) => _buffer[index] = value; // expect: WEFT0002 #escape
}

public static class Frames
{
    public static void Stamp<TSink>(TSink sink) where TSink : ISink, allows ref struct => sink.Put(0, 0x1b); // expect: WEFT0002 #escape

    public static void Publish(Slot<byte[]> slot)
    {
        byte[] frame = new byte[16];
        slot.Publish(frame);
        Stamp(new SpanSink(frame)); // expect: WEFT0002 #escape
    }
}
