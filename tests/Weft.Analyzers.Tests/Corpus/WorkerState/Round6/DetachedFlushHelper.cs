// Batching writer per worker with a generic "fire and forget" helper used across the codebase. Defect: the
// helper runs its async body with its state on the thread pool, and the writer hands it the worker's own
// buffer (WEFT0004 where the worker state is handed to the helper; reading taken: a call into a helper of the
// same compilation that passes its argument to Task.Run is the hand-off, as the page's "helper calls").
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
        Detached.Run(_buffer, static async lines => // expect: WEFT0004
        {
            foreach (string line in lines) await Console.Out.WriteLineAsync(line);
            lines.Clear();
        });
    }
}
