// Round 2. Report place: where the closure is built or where it leaves (group). A closure over the worker's buffer
// pool is kept in a field when the connection opens; closing the connection runs it on the thread pool.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

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
        _release = () => pool.Return(_buffer); // expect: WEFT0004 #escape
    }

    public void OnClosed()
    {
        if (_release is not null)
        {
            _ = Task.Run(_release); // expect: WEFT0004 #escape
        }
    }
}
