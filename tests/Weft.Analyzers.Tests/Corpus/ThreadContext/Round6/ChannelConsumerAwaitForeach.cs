// Batching writer per worker fed by a channel. Defect: the consumer loop is an `await foreach` over
// ReadAllAsync().ConfigureAwait(false), and its body calls the per-worker type's own Append (which writes the
// worker's batch list) — the body runs off the loop (WEFT0004: `this`'s fields used after an
// await that may not resume on the loop, inside the per-worker type's own member).
using System.Collections.Generic;
using System.IO;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.ChannelConsumerAwaitForeach;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BatchingWriter
{
    private readonly List<string> _batch = new();
    private readonly Channel<string> _input = Channel.CreateBounded<string>(1024);

    public ChannelWriter<string> Input => _input.Writer;

    public async Task ConsumeAsync(TextWriter output)
    {
        await foreach (string line in _input.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            Append(line, output); // expect: WEFT0004
        }
    }

    private void Append(string line, TextWriter output)
    {
        _batch.Add(line);
        if (_batch.Count < 64) return;
        foreach (string item in _batch) output.WriteLine(item);
        _batch.Clear();
    }
}
