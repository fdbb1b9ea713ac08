// A flusher made here over the worker's buffer is held through its interface and its Flush handed to Task.Run as a
// method group (the page: a method of an object made here, handed over as a method group, takes along what it reads
// of the object's fields; the local's declared type is the interface).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.InterfaceMethodGroupOnPool;

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
    public static Task FlushLater()
    {
        IFlusher flusher = new LineFlusher(Outbox.Current.Lines);
        return Task.Run(flusher.Flush); // expect: WEFT0004
    }
}
