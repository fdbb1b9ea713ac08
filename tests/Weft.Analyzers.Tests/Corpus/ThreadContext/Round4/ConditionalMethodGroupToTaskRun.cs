// WEFT0004: the delegate handed to Task.Run is chosen by a conditional between two method groups over the worker's
// cache. #escape: report on the choice or on the hand-over.
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
    public Task SpillAsync(bool urgent)
    {
        var buffer = SpillBuffer.Current;
        Action job = urgent ? buffer.FlushNow : buffer.FlushLazily; // expect: WEFT0004 #escape
        return Task.Run(job); // expect: WEFT0004 #escape
    }
}
