// WEFT0004: the twin of UnmarkedStateParameter.Quiet where the [RunsOnAnotherThread] delegate itself captures the
// worker's cache (the tag parameter stays unmarked and irrelevant).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round4.UnmarkedStateParameter;

public static class Offload
{
    public static void Run([RunsOnAnotherThread] Action work, object tag)
    {
        var name = tag.GetType().Name;
        ThreadPool.QueueUserWorkItem(_ => { Console.WriteLine(name); work(); });
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CompressionScratch
{
    public List<byte[]> Blocks { get; } = new();
}

public sealed class Archiver
{
    public void ArchiveLater(byte[] payload)
    {
        var scratch = CompressionScratch.Current;
        Offload.Run(() => scratch.Blocks.Add(payload), "archive"); // expect: WEFT0004
    }
}
