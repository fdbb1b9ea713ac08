// Quiet twin of DetachedFlushHelper: the writer hands off a copy (an array of strings) and clears its own list.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.DetachedFlushHelper;

public static class Detached
{
    public static void Run<TState>(TState state, Func<TState, Task> body) =>
        _ = Task.Run(() => body(state));
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LogBatcher
{
    private readonly List<string> _buffer = new();

    public void Log(string line)
    {
        _buffer.Add(line);
        if (_buffer.Count >= 256) Flush();
    }

    private void Flush()
    {
        string[] full = _buffer.ToArray();
        _buffer.Clear();
        Detached.Run(full, static async lines =>
        {
            foreach (string line in lines) await Console.Out.WriteLineAsync(line);
        });
    }
}
