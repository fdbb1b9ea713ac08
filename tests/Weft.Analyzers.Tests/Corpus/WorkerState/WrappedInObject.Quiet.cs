// The wrapper runs on the worker's own dispatcher.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

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
    public static void Flush()
    {
        var flusher = new Flusher(OutputBuffer.Current);
        Dispatcher.Current!.Post(flusher.Run);
    }
}
