// Twin: the journal is cleared inside the scope, before the configured DisposeAsync runs.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R8.ConfigureAwaitOptionsNoneUsingQuiet;

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
            journal.Lines.Clear();
        }
    }
}
