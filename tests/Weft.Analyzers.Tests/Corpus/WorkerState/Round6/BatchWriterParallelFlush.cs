// Per-worker batching writer that compresses its pending records in parallel before writing them out. Defect:
// the Parallel.For body captures the worker's batch: its list and, worse, its one scratch buffer that every
// parallel body encodes into at once (WEFT0004: worker state captured by Parallel; #escape: the page does not say
// whether the capture is reported at the hand-off or at a use inside the body).
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
        var encoded = new byte[batch.Records.Count][];
        Parallel.For(0, encoded.Length, i => // expect: WEFT0004 #escape
        {
            string record = batch.Records[i]; // expect: WEFT0004 #escape
            int n = Encoding.UTF8.GetBytes(record, 0, record.Length, batch.Scratch, 0); // expect: WEFT0004 #escape
            encoded[i] = batch.Scratch[..n]; // expect: WEFT0004 #escape
        });
        foreach (byte[] chunk in encoded) _output.Write(chunk);
        batch.Records.Clear();
    }
}
