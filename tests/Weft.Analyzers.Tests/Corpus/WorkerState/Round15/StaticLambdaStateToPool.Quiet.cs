// Round 15, WEFT0004 quiet twin: the static lambda and its state are posted to the worker's own loop
// (Dispatcher.Current.Post<TState>).
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round15.StaticLambdaStateToPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WriteBuffer
{
    public List<byte[]> Pending { get; } = [];
}

public static class ResetHandler
{
    public static int Reset()
    {
        var pending = WriteBuffer.Current.Pending;
        int dropped = pending.Count;
        Dispatcher.Current!.Post(static p => p.Clear(), pending);
        return dropped;
    }
}
