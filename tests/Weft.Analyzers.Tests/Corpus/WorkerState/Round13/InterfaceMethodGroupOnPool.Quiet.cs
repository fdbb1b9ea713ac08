// The quiet twin: the flush is posted to the worker's own loop.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.InterfaceMethodGroupOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outbox
{
    public List<string> Lines { get; } = new();
}

public interface IFlusher
{
    void Flush();
}

public sealed class LineFlusher : IFlusher
{
    private readonly List<string> _lines;

    public LineFlusher(List<string> lines) => _lines = lines;

    public void Flush() => _lines.Clear();
}

public static class Flushing
{
    public static void FlushLater()
    {
        IFlusher flusher = new LineFlusher(Outbox.Current.Lines);
        Dispatcher.Current!.Post(flusher.Flush);
    }
}
