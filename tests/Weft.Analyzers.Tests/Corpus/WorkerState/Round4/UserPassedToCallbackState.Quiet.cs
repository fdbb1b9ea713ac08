// Quiet twin of UserPassedToCallbackState: what goes as the state is a fresh array copied on the worker (ToArray), so
// the pool thread never sees the worker's list.
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
        int[] sizes = scratch.Blocks.ConvertAll(b => b.Length).ToArray();
        Offload.Run(static s => Console.WriteLine(s.Length), sizes);
    }
}
