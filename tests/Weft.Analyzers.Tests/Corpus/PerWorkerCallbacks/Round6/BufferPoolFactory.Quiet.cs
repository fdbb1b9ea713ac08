// Quiet twin of BufferPoolFactory: the builder (immutable settings) is captured and each worker builds its own pool.
using System.Collections.Generic;
using Weft;

namespace Corpus6b.BufferPoolFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BufferPool
{
    private readonly Stack<byte[]> _free = new();
    private readonly int _bufferSize;
    private readonly int _maxRetained;

    internal BufferPool(int bufferSize, int maxRetained)
    {
        _bufferSize = bufferSize;
        _maxRetained = maxRetained;
    }

    public byte[] Rent() => _free.Count > 0 ? _free.Pop() : new byte[_bufferSize];

    public void Return(byte[] buffer)
    {
        if (buffer.Length == _bufferSize && _free.Count < _maxRetained) _free.Push(buffer);
    }
}

public sealed record BufferPoolBuilder(int BufferSize = 4096, int MaxRetained = 64)
{
    public BufferPoolBuilder WithBufferSize(int size) => this with { BufferSize = size };
    public BufferPoolBuilder WithMaxRetained(int count) => this with { MaxRetained = count };
    public BufferPool Build() => new(BufferSize, MaxRetained);
}

public static class Startup
{
    public static void ConfigureBuffers(WorkerPool pool, bool largeFrames)
    {
        var builder = new BufferPoolBuilder().WithMaxRetained(128);
        if (largeFrames) builder = builder.WithBufferSize(64 * 1024);
        BufferPool.Initialize(pool, _ => builder.Build());
    }
}
