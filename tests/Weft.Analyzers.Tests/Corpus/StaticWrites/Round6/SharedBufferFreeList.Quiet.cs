// Quiet twin of SharedBufferFreeList: the shared free list is a ConcurrentBag.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus6b.SharedBufferFreeList;

public static class FrameBuffers
{
    internal static readonly ConcurrentBag<byte[]> s_free = new();
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
            byte[] buffer = FrameBuffers.s_free.TryTake(out byte[]? pooled) ? pooled : new byte[FrameBuffers.Size];
            int n = System.Text.Encoding.UTF8.GetBytes(payload, buffer);
            _send(buffer.AsMemory(0, n));
            FrameBuffers.s_free.Add(buffer);
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
