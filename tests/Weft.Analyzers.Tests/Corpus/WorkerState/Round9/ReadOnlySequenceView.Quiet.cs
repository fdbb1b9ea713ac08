// WEFT0004: "Memory<T>, ReadOnlyMemory<T>, ArraySegment<T>, ReadOnlySequence<T> ... share the memory they view, so one
// over a worker's buffer is that buffer". A ReadOnlySequence over the worker's receive buffer handed to Task.Run; the
// quiet twin hands a copy of the bytes.
using System;
using System.Buffers;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R9.ReadOnlySequenceView;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ReceiveBuffer
{
    public byte[] Bytes { get; } = new byte[16 * 1024];

    public int Filled { get; set; }
}

public static class Decoder
{
    public static Task<int> CountFramesAsync()
    {
        ReceiveBuffer buffer = ReceiveBuffer.Current;
        var sequence = new ReadOnlySequence<byte>(buffer.Bytes.AsSpan(0, buffer.Filled).ToArray());
        return Task.Run(() =>
        {
            var reader = new SequenceReader<byte>(sequence);
            int frames = 0;
            while (reader.TryAdvanceTo((byte)'\n'))
            {
                frames++;
            }

            return frames;
        });
    }
}
