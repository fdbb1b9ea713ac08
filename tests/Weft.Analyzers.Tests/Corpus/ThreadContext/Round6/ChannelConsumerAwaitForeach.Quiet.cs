// Quiet twin of ChannelConsumerAwaitForeach: a plain `await foreach`, so the body stays on the worker.
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
        await foreach (string line in _input.Reader.ReadAllAsync())
        {
            Append(line, output);
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
