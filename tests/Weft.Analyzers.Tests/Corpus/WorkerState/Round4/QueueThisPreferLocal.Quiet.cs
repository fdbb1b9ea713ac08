// Quiet twin of QueueThisPreferLocal: the flush is posted to the calling loop (Dispatcher.Current, marked
// [CallingThreadLoop]) with Post<TState>, so `this` stays on its worker.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.QueueThisPreferLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AccessLogBuffer
{
    readonly List<string> _lines = new();

    public void Add(string line)
    {
        _lines.Add(line);
        if (_lines.Count >= 512)
        {
            Dispatcher.Current!.Post(static buffer => buffer.Flush(), this);
        }
    }

    void Flush()
    {
        foreach (var line in _lines) System.Console.WriteLine(line);
        _lines.Clear();
    }
}
