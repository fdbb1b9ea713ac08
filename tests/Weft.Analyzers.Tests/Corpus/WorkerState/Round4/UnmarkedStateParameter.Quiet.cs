// Quiet by the page's own words: the user's API marks its delegate [RunsOnAnotherThread] but not its `tag`
// parameter, and "a parameter without the attribute is not assumed to reach the callback, whatever its type". The
// tag (the worker's cache) is only used for naming the work item on the calling thread.
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
        Offload.Run(() => Console.WriteLine(payload.Length), scratch);
    }
}
