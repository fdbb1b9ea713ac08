// Quiet twin of BatchWriterParallelFlush: the records are copied to an array of strings first, and each parallel
// body uses its own encoder buffer.
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.BatchWriterParallelFlush;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingBatch
{
    public List<string> Records { get; } = new();
    public byte[] Scratch { get; } = new byte[64 * 1024];

    public void Add(string record) => Records.Add(record);
}

public sealed class BatchFlusher
{
    private readonly Stream _output;

    public BatchFlusher(Stream output) => _output = output;

    public void Flush()
    {
        PendingBatch batch = PendingBatch.Current;
        string[] records = batch.Records.ToArray();
        var encoded = new byte[records.Length][];
        Parallel.For(0, records.Length, i => encoded[i] = Encoding.UTF8.GetBytes(records[i]));
        foreach (byte[] chunk in encoded) _output.Write(chunk);
        batch.Records.Clear();
    }
}
