// WEFT0004: the worker's buffer pool goes to a new thread as the argument of Thread.Start(object) — the state of the
// entry-point table ("new Thread(start).Start(state)") — through a ParameterizedThreadStart kept in a local.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.ParameterizedThreadState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BufferPool
{
    public Stack<byte[]> Free { get; } = new();
}

public sealed class Warmup
{
    public void Prefill()
    {
        var buffers = BufferPool.Current;
        ParameterizedThreadStart fill = state =>
        {
            var pool = (BufferPool)state!;
            for (var i = 0; i < 64; i++) pool.Free.Push(new byte[16 * 1024]);
        };
        var thread = new Thread(fill) { IsBackground = true };
        thread.Start(buffers); // expect: WEFT0004
    }
}
