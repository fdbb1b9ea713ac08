// Quiet twin of SharedBufferStackPool: the pool is a ConcurrentStack.
using System;
using System.Collections.Concurrent;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SharedBufferStackPool;

public static class EncodeBuffers
{
    public static readonly ConcurrentStack<byte[]> Free = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FrameEncoder
{
    private long _frames;

    public int Encode(ReadOnlySpan<byte> state, Action<ReadOnlyMemory<byte>> send)
    {
        byte[] buffer = EncodeBuffers.Free.TryPop(out byte[]? pooled) ? pooled : new byte[64 * 1024];
        int n = Math.Min(state.Length, buffer.Length);
        state[..n].CopyTo(buffer);
        send(buffer.AsMemory(0, n));
        EncodeBuffers.Free.Push(buffer);
        _frames++;
        return n;
    }

    public long Frames => _frames;
}

public static class FrameSizes
{
    public const int Max = 64 * 1024;

    public static int Clamp(int length) => Math.Min(length, Max);

    public static bool NeedsSplit(int length) => length > Max;

    public static int Parts(int length) => (length + Max - 1) / Max;
}
