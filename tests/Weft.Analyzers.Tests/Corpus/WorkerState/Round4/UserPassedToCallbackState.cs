// WEFT0004: the user's own offload API marks its delegate [RunsOnAnotherThread] and its state [PassedToCallback];
// the worker's compression scratch passed as that state leaves the worker (WEFT0004 page: "for Weft and your own
// APIs, the parameter marked [PassedToCallback]").
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.UserPassedToCallbackState;

public static class Offload
{
    public static void Run<TState>([RunsOnAnotherThread] Action<TState> work, [PassedToCallback] TState state) =>
        ThreadPool.QueueUserWorkItem(work, state, preferLocal: false);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CompressionScratch
{
    public List<byte[]> Blocks { get; } = new();
}

public sealed class Archiver
{
    public void ArchiveLater()
    {
        var scratch = CompressionScratch.Current;
        Offload.Run(static s => s.Blocks.Clear(), scratch); // expect: WEFT0004
    }
}
