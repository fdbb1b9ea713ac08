// WEFT0004: `await using` over a ConfigureAwait(false) source: after the scope's DisposeAsync the code is off the loop.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.ConfigureAwaitOptionsNoneUsing;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    public readonly List<string> Lines = new();
}

public static class Persist
{
    public static async Task SaveAsync(string path)
    {
        var journal = Journal.Current;
        {
            await using var file = File.Create(path).ConfigureAwait(false);
            await Task.Yield();
        }

        journal.Lines.Clear(); // expect: WEFT0004
    }
}
