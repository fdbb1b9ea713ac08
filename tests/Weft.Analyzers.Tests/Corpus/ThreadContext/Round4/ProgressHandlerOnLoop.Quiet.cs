// Quiet: Progress<T> captures the SynchronizationContext current when it is built (the worker's dispatcher context,
// design.md: "a SynchronizationContext so await on a worker resumes on that worker") and posts each report there, so
// its handler runs on the worker even when Report is called from Task.Run. Progress<T> is no entry point of the
// pages' table, and the Task.Run body captures only the progress object.
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
        IProgress<int> progress = new Progress<int>(n => stats.BytesHashed += n);
        return Task.Run(() =>
        {
            for (var offset = 0; offset < payload.Length; offset += 4096)
            {
                progress.Report(Math.Min(4096, payload.Length - offset));
            }
        });
    }
}
