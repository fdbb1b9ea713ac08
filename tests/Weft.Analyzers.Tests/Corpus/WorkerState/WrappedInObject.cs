// The worker's buffer is wrapped in a helper object whose method then runs on the thread pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.Wrapped;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class OutputBuffer
{
    public List<string> Lines { get; } = new();
}

public sealed class Flusher
{
    private readonly OutputBuffer _buffer;

    public Flusher(OutputBuffer buffer) => _buffer = buffer;

    public void Run() => _buffer.Lines.Clear();
}

public static class Output
{
    public static Task FlushAsync()
    {
        var flusher = new Flusher(OutputBuffer.Current);
        return Task.Run(flusher.Run); // expect: WEFT0004
    }
}
