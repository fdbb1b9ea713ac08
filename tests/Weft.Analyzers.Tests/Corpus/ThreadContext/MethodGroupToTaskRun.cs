// A method group bound to the worker's object, handed to Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

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
    public static Task FlushLaterAsync()
    {
        var buffer = WriteBuffer.Current;
        return Task.Run(buffer.Flush); // expect: WEFT0004
    }
}
