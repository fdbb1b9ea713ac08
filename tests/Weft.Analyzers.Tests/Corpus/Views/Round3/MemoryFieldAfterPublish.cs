// Round 3. The published packet carries a Memory<byte>; writing through its Span after publishing writes the shared buffer.
using System;
using Weft.Slots;
using Weft;

namespace Corpus.Views.Round3.MemoryFieldAfterPublish;

public sealed class Packet
{
    public Packet(Memory<byte> payload) => Payload = payload;

    public Memory<byte> Payload { get; }
}

public static class Sender
{
    public static void Send(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Packet>();
        var packet = new Packet(new byte[16]);
        slot.Publish(packet);
        packet.Payload.Span[0] = 0xFF; // expect: WEFT0002 "packet"
    }
}
