// WEFT0004: the twin of ProgressHandlerOnLoop.Quiet without Progress<T>: the handler is a plain Action<int> stored in
// a local and invoked from the Task.Run body, so the worker's stats are written on a pool thread. #escape: the page
// does not say whether the report sits on the lambda that captures the state or on the Task.Run that runs it.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ProgressHandlerOnLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TransferStats
{
    public long BytesHashed { get; set; }
}

public sealed class Hasher
{
    public Task HashAsync(byte[] payload)
    {
        var stats = TransferStats.Current;
        Action<int> report = n => stats.BytesHashed += n; // expect: WEFT0004 #escape
        return Task.Run(() => // expect: WEFT0004 #escape
        {
            for (var offset = 0; offset < payload.Length; offset += 4096)
            {
                report(Math.Min(4096, payload.Length - offset)); // expect: WEFT0004 #escape
            }
        });
    }
}
