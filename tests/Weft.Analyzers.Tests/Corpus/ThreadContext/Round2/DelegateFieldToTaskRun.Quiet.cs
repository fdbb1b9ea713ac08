// Round 2. The stored closure is run on the worker that owns the pool: posted to this thread's own dispatcher.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.Round2.DelegateField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BufferPool
{
    private readonly Stack<byte[]> _free = new();

    public void Return(byte[] buffer) => _free.Push(buffer);
}

public sealed class Connection
{
    private readonly byte[] _buffer = new byte[4096];
    private Action? _release;

    public void OnOpened()
    {
        var pool = BufferPool.Current;
        _release = () => pool.Return(_buffer);
    }

    public void OnClosed()
    {
        if (_release is not null)
        {
            Dispatcher.Current!.Post(_release);
        }
    }
}
