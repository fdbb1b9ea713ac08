// Report place: the lambda handed to the thread or a use of the worker's list inside it (group marker).
// What the per-worker state owns (its list) escapes, not the state object itself.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.Owned;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingWrites
{
    public List<byte[]> Chunks { get; } = new();
}

public static class Spiller
{
    public static void SpillToDisk(string path)
    {
        List<byte[]> chunks = PendingWrites.Current.Chunks;
        var thread = new Thread(() => // expect: WEFT0004 #escape
        {
            foreach (var chunk in chunks) // expect: WEFT0004 #escape
            {
                System.IO.File.AppendAllText(path, chunk.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            chunks.Clear(); // expect: WEFT0004 #escape
        });
        thread.Start();
    }
}
