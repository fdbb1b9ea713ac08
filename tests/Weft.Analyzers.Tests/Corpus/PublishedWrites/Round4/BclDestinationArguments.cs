// A published response template is patched in place by BCL calls that take it as their DESTINATION argument, not as
// the receiver: Array.Copy, CopyTo, span CopyTo, Buffer.BlockCopy, Random.NextBytes, Encoding.GetBytes into a span,
// BinaryPrimitives writes, Array.Fill. Each changes the published array (WEFT0002: "a write is any change"; the
// engine's BCL table covers in-place mutators and span views over the argument).
using System;
using System.Buffers.Binary;
using System.Text;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.BclDestinationArguments;

public sealed class ResponseTemplates
{
    private readonly Slot<byte[]> _slot;

    public ResponseTemplates(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public void Publish(byte[] template, byte[] patch, string date, uint version)
    {
        _slot.Publish(template);
        Array.Copy(patch, 0, template, 0, patch.Length); // expect: WEFT0002
        patch.CopyTo(template, 8); // expect: WEFT0002
        patch.AsSpan().CopyTo(template.AsSpan(16)); // expect: WEFT0002
        Buffer.BlockCopy(patch, 0, template, 24, 4); // expect: WEFT0002
        Random.Shared.NextBytes(template); // expect: WEFT0002
        Encoding.ASCII.GetBytes(date, template.AsSpan(32)); // expect: WEFT0002
        BinaryPrimitives.WriteUInt32BigEndian(template.AsSpan(64), version); // expect: WEFT0002
        Array.Fill(template, (byte)' ', 70, 4); // expect: WEFT0002
    }
}
