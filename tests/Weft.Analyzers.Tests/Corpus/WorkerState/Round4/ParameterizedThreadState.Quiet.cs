// Quiet twin of ParameterizedThreadState: the thread only allocates the arrays (a fresh array of arrays, handed over
// as its state) and the worker pushes them into its own pool afterwards.
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
        var fresh = new byte[64][];
        ParameterizedThreadStart fill = state =>
        {
            var slots = (byte[][])state!;
            for (var i = 0; i < slots.Length; i++) slots[i] = new byte[16 * 1024];
        };
        var thread = new Thread(fill) { IsBackground = true };
        thread.Start(fresh);
        thread.Join();

        var buffers = BufferPool.Current;
        foreach (var buffer in fresh) buffers.Free.Push(buffer);
    }
}
