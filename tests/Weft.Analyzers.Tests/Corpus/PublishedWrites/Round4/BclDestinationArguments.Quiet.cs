// Quiet twin of BclDestinationArguments: the published template is only ever the SOURCE of the same BCL calls; every
// destination is a fresh array owned by the caller, which is published afterwards as a new object.
using System;
using System.Buffers.Binary;
using System.Text;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.BclDestinationArgumentsQuiet;

public sealed class ResponseTemplates
{
    private readonly Slot<byte[]> _slot;

    public ResponseTemplates(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public uint Publish(byte[] template, string date, uint version)
    {
        _slot.Publish(template);
        var next = new byte[template.Length];
        Array.Copy(template, 0, next, 0, 8);
        template.CopyTo(next, 0);
        template.AsSpan(16).CopyTo(next.AsSpan(16));
        Buffer.BlockCopy(template, 0, next, 24, 4);
        Random.Shared.NextBytes(next.AsSpan(0, 4));
        Encoding.ASCII.GetBytes(date, next.AsSpan(32));
        BinaryPrimitives.WriteUInt32BigEndian(next.AsSpan(64), version);
        Array.Fill(next, (byte)' ', 70, 4);
        string header = Encoding.ASCII.GetString(template, 0, 8);
        uint previous = BinaryPrimitives.ReadUInt32BigEndian(template.AsSpan(64));
        _slot.Publish(next);
        return previous + (uint)header.Length;
    }
}
