// Quiet twin of ConditionalMethodGroupToTaskRun: the chosen delegate runs on the worker (awaiting Task.Yield first to
// give the loop a turn).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ConditionalMethodGroupToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SpillBuffer
{
    readonly List<byte[]> _chunks = new();

    public void FlushNow() => _chunks.Clear();
    public void FlushLazily() => _chunks.RemoveAll(c => c.Length == 0);
}

public sealed class Spiller
{
    public async Task SpillAsync(bool urgent)
    {
        var buffer = SpillBuffer.Current;
        Action job = urgent ? buffer.FlushNow : buffer.FlushLazily;
        await Task.Yield();
        job();
    }
}
