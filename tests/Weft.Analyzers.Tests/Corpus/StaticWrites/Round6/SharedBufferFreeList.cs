// Buffer pool: per-worker request handlers rent buffers from a free list meant to be shared by every worker.
// Defect: the free list is a static Stack<byte[]> pushed and popped from posted callbacks on the workers
// (WEFT0006 on each mutation in worker code).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.SharedBufferFreeList;

public static class FrameBuffers
{
    internal static readonly Stack<byte[]> s_free = new();
    public const int Size = 16 * 1024;
}

public sealed class FrameHandler
{
    private readonly Action<ReadOnlyMemory<byte>> _send;

    public FrameHandler(Action<ReadOnlyMemory<byte>> send) => _send = send;

    public void Handle(Dispatcher worker, string payload)
    {
        worker.Post(() =>
        {
            byte[] buffer = FrameBuffers.s_free.Count > 0 ? FrameBuffers.s_free.Pop() : new byte[FrameBuffers.Size]; // expect: WEFT0006
            int n = System.Text.Encoding.UTF8.GetBytes(payload, buffer);
            _send(buffer.AsMemory(0, n));
            FrameBuffers.s_free.Push(buffer); // expect: WEFT0006
        });
    }
}

public static class Wiring
{
    public static void Broadcast(WorkerPool pool, FrameHandler handler, string payload)
    {
        foreach (Dispatcher worker in pool.Workers) handler.Handle(worker, payload);
    }
}
