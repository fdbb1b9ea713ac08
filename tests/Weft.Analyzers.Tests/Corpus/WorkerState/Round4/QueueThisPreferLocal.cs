// WEFT0004: inside a per-worker slot type, `this` is the worker's instance; handing it as the state of
// ThreadPool.QueueUserWorkItem<TState>(callback, state, preferLocal) sends it to a pool thread.
using System.Collections.Generic;
using System.Threading;
using Weft;

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
            ThreadPool.QueueUserWorkItem(static buffer => buffer.Flush(), this, preferLocal: false); // expect: WEFT0004
        }
    }

    void Flush()
    {
        foreach (var line in _lines) System.Console.WriteLine(line);
        _lines.Clear();
    }
}
