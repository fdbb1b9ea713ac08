// Game replication: encode buffers are pooled in a static Stack shared by all workers; the per-worker encoder pops a
// buffer and pushes it back — Pop and Push on a non-concurrent static collection from every worker. Twin: a
// ConcurrentStack (TryPop).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SharedBufferStackPool;

public static class EncodeBuffers
{
    public static readonly Stack<byte[]> Free = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FrameEncoder
{
    private long _frames;

    public int Encode(ReadOnlySpan<byte> state, Action<ReadOnlyMemory<byte>> send)
    {
        byte[] buffer = EncodeBuffers.Free.Count > 0 ? EncodeBuffers.Free.Pop() : new byte[64 * 1024]; // expect: WEFT0006
        int n = Math.Min(state.Length, buffer.Length);
        state[..n].CopyTo(buffer);
        send(buffer.AsMemory(0, n));
        EncodeBuffers.Free.Push(buffer); // expect: WEFT0006
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
