// The method group is posted to the worker's own dispatcher.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.MethodGroup;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WriteBuffer
{
    private readonly List<byte[]> _pending = new();

    public void Add(byte[] chunk) => _pending.Add(chunk);

    public void Flush() => _pending.Clear();
}

public static class Writer
{
    public static void FlushLater()
    {
        var buffer = WriteBuffer.Current;
        Dispatcher.Current!.Post(buffer.Flush);
    }
}
