using System;
using Weft;

namespace Corpus.SlotUsage.SpanParameter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    private readonly byte[] _buffer = new byte[256];

    [WorkerUpdate] private void Fill(ReadOnlyMemory<byte> source) => source.Span.CopyTo(_buffer);
}
